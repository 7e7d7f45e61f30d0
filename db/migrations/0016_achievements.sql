CREATE TABLE "achievement_goals" (
	"user_id" uuid NOT NULL,
	"achievement_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "achievement_goals_achievement_id_goal_id_pk" PRIMARY KEY("achievement_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "achievement_skills" (
	"user_id" uuid NOT NULL,
	"achievement_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	CONSTRAINT "achievement_skills_achievement_id_skill_id_pk" PRIMARY KEY("achievement_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "achievements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"impact" text DEFAULT '' NOT NULL,
	"metric" text DEFAULT '' NOT NULL,
	"value_before" double precision,
	"value_after" double precision,
	"unit" text DEFAULT '' NOT NULL,
	"achieved_on" date NOT NULL,
	"position_id" uuid,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "yearly_reviews" ADD COLUMN "achievement_ids" jsonb;--> statement-breakpoint
ALTER TABLE "achievement_goals" ADD CONSTRAINT "achievement_goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievement_goals" ADD CONSTRAINT "achievement_goals_achievement_id_achievements_id_fk" FOREIGN KEY ("achievement_id") REFERENCES "public"."achievements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievement_goals" ADD CONSTRAINT "achievement_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievement_skills" ADD CONSTRAINT "achievement_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievement_skills" ADD CONSTRAINT "achievement_skills_achievement_id_achievements_id_fk" FOREIGN KEY ("achievement_id") REFERENCES "public"."achievements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievement_skills" ADD CONSTRAINT "achievement_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "achievement_goals_goal_idx" ON "achievement_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "achievement_skills_skill_idx" ON "achievement_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "achievements_user_date_idx" ON "achievements" USING btree ("user_id","achieved_on");--> statement-breakpoint
CREATE INDEX "achievements_position_idx" ON "achievements" USING btree ("position_id");