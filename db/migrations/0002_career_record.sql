CREATE TYPE "public"."education_kind" AS ENUM('degree', 'vocational', 'bootcamp', 'course', 'workshop', 'mentorship', 'self_study');--> statement-breakpoint
CREATE TYPE "public"."employment_type" AS ENUM('full_time', 'part_time', 'temporary', 'contract', 'freelance');--> statement-breakpoint
CREATE TYPE "public"."how_reached" AS ENUM('first_role', 'promotion', 'lateral_move', 'new_employer', 'career_change');--> statement-breakpoint
CREATE TYPE "public"."pay_basis" AS ENUM('salary', 'hourly');--> statement-breakpoint
CREATE TYPE "public"."skill_kind" AS ENUM('technical', 'soft');--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"issuer" text DEFAULT '' NOT NULL,
	"earned_on" date NOT NULL,
	"expires_on" date,
	"credential_id" text DEFAULT '' NOT NULL,
	"credential_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certifications_expiry_after_earning" CHECK ("certifications"."expires_on" IS NULL OR "certifications"."expires_on" >= "certifications"."earned_on"),
	CONSTRAINT "certifications_url_http" CHECK ("certifications"."credential_url" IS NULL OR "certifications"."credential_url" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "education_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "education_kind" NOT NULL,
	"title" text NOT NULL,
	"provider" text DEFAULT '' NOT NULL,
	"started_on" date,
	"completed_on" date,
	"hours" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "education_completed_after_start" CHECK ("education_entries"."completed_on" IS NULL OR "education_entries"."started_on" IS NULL OR "education_entries"."completed_on" >= "education_entries"."started_on"),
	CONSTRAINT "education_hours_not_negative" CHECK ("education_entries"."hours" IS NULL OR "education_entries"."hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"employer" text NOT NULL,
	"level" text DEFAULT '' NOT NULL,
	"employment_type" "employment_type" NOT NULL,
	"pay_basis" "pay_basis" NOT NULL,
	"has_bonus" boolean DEFAULT false NOT NULL,
	"has_stock_options" boolean DEFAULT false NOT NULL,
	"has_benefits" boolean DEFAULT false NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"how_reached" "how_reached" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_end_after_start" CHECK ("positions"."ended_on" IS NULL OR "positions"."ended_on" >= "positions"."started_on")
);
--> statement-breakpoint
CREATE TABLE "skill_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"level" integer NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_assessments_level_range" CHECK ("skill_assessments"."level" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "skill_kind" NOT NULL,
	"target_level" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skills_target_level_range" CHECK ("skills"."target_level" BETWEEN 1 AND 5)
);
--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_entries" ADD CONSTRAINT "education_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_assessments" ADD CONSTRAINT "skill_assessments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_assessments" ADD CONSTRAINT "skill_assessments_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certifications_user_idx" ON "certifications" USING btree ("user_id","earned_on");--> statement-breakpoint
CREATE INDEX "education_entries_user_idx" ON "education_entries" USING btree ("user_id","completed_on");--> statement-breakpoint
CREATE INDEX "positions_user_idx" ON "positions" USING btree ("user_id","started_on");--> statement-breakpoint
CREATE UNIQUE INDEX "positions_one_first_role" ON "positions" USING btree ("user_id") WHERE "positions"."how_reached" = 'first_role';--> statement-breakpoint
CREATE INDEX "skill_assessments_skill_idx" ON "skill_assessments" USING btree ("skill_id","assessed_on");--> statement-breakpoint
CREATE INDEX "skill_assessments_user_idx" ON "skill_assessments" USING btree ("user_id","assessed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "skills_user_name_unique" ON "skills" USING btree ("user_id",lower("name"));