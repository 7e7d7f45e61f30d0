CREATE TYPE "public"."feedback_kind" AS ENUM('praise', 'development');--> statement-breakpoint
CREATE TYPE "public"."feedback_relation" AS ENUM('manager', 'peer', 'report', 'client', 'mentor');--> statement-breakpoint
CREATE TYPE "public"."interaction_kind" AS ENUM('meeting', 'call', 'message', 'event', 'other');--> statement-breakpoint
CREATE TYPE "public"."person_relation" AS ENUM('mentor', 'mentee', 'manager', 'peer', 'client', 'contact');--> statement-breakpoint
CREATE TABLE "feedback_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"from_name" text NOT NULL,
	"relation" "feedback_relation" NOT NULL,
	"kind" "feedback_kind" NOT NULL,
	"text" text NOT NULL,
	"person_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_entries_text_not_empty" CHECK (length("feedback_entries"."text") > 0)
);
--> statement-breakpoint
CREATE TABLE "feedback_skills" (
	"user_id" uuid NOT NULL,
	"feedback_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	CONSTRAINT "feedback_skills_pk" PRIMARY KEY("feedback_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"relation" "person_relation" NOT NULL,
	"where_met" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_goals" (
	"user_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "person_goals_pk" PRIMARY KEY("person_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "person_interactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" "interaction_kind" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback_entries" ADD CONSTRAINT "feedback_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_entries" ADD CONSTRAINT "feedback_entries_person_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_skills" ADD CONSTRAINT "feedback_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_skills" ADD CONSTRAINT "feedback_skills_feedback_id_feedback_entries_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_skills" ADD CONSTRAINT "feedback_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_goals" ADD CONSTRAINT "person_goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_goals" ADD CONSTRAINT "person_goals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_goals" ADD CONSTRAINT "person_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_interactions" ADD CONSTRAINT "person_interactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_interactions" ADD CONSTRAINT "person_interactions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_entries_user_idx" ON "feedback_entries" USING btree ("user_id","received_on");--> statement-breakpoint
CREATE INDEX "feedback_entries_person_idx" ON "feedback_entries" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "feedback_skills_skill_idx" ON "feedback_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "people_user_idx" ON "people" USING btree ("user_id","name");--> statement-breakpoint
CREATE INDEX "person_goals_goal_idx" ON "person_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "person_interactions_person_idx" ON "person_interactions" USING btree ("person_id","occurred_on");--> statement-breakpoint
CREATE INDEX "person_interactions_user_idx" ON "person_interactions" USING btree ("user_id","occurred_on");