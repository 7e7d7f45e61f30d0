CREATE TABLE "readiness_points" (
	"user_id" uuid NOT NULL,
	"target_role_id" uuid NOT NULL,
	"month_end" date NOT NULL,
	"history_version" integer NOT NULL,
	"rules_version" integer NOT NULL,
	"percent" integer NOT NULL,
	CONSTRAINT "readiness_points_target_role_id_month_end_pk" PRIMARY KEY("target_role_id","month_end")
);
--> statement-breakpoint
CREATE TABLE "requirement_goals" (
	"user_id" uuid NOT NULL,
	"requirement_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "requirement_goals_requirement_id_goal_id_pk" PRIMARY KEY("requirement_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "requirement_self_ratings" (
	"user_id" uuid NOT NULL,
	"requirement_id" uuid NOT NULL,
	"rated_on" date NOT NULL,
	"rating" integer NOT NULL,
	CONSTRAINT "requirement_self_ratings_requirement_id_rated_on_pk" PRIMARY KEY("requirement_id","rated_on"),
	CONSTRAINT "requirement_self_ratings_rating" CHECK ("requirement_self_ratings"."rating" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "role_requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"target_role_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"requirement" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"level" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "readiness_points" ADD CONSTRAINT "readiness_points_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_points" ADD CONSTRAINT "readiness_points_target_role_id_target_roles_id_fk" FOREIGN KEY ("target_role_id") REFERENCES "public"."target_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_goals" ADD CONSTRAINT "requirement_goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_goals" ADD CONSTRAINT "requirement_goals_requirement_id_role_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."role_requirements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_goals" ADD CONSTRAINT "requirement_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_self_ratings" ADD CONSTRAINT "requirement_self_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_self_ratings" ADD CONSTRAINT "requirement_self_ratings_requirement_id_role_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."role_requirements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_requirements" ADD CONSTRAINT "role_requirements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_requirements" ADD CONSTRAINT "role_requirements_target_role_id_target_roles_id_fk" FOREIGN KEY ("target_role_id") REFERENCES "public"."target_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_roles" ADD CONSTRAINT "target_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requirement_goals_goal_idx" ON "requirement_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "role_requirements_role_idx" ON "role_requirements" USING btree ("target_role_id","ordinal");--> statement-breakpoint
CREATE INDEX "target_roles_user_idx" ON "target_roles" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "target_roles_one_current_idx" ON "target_roles" USING btree ("user_id") WHERE "target_roles"."is_current";--> statement-breakpoint
-- Readiness (readiness_points) reads the target roles, their requirements, self-ratings and goal links, and
-- the achievements, besides the tables the index reads: a change to any of them raises the owner's history_version (as in 0004).
DO $$
DECLARE
  history_table text;
BEGIN
  FOREACH history_table IN ARRAY ARRAY['target_roles', 'role_requirements', 'requirement_self_ratings', 'requirement_goals', 'achievements'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_insert', history_table);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_update', history_table);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_delete', history_table);
  END LOOP;
END
$$;
