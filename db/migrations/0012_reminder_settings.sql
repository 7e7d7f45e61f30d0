CREATE TABLE "reminder_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"weekly_on" boolean DEFAULT false NOT NULL,
	"weekly_day" integer DEFAULT 5 NOT NULL,
	"weekly_hour" integer DEFAULT 16 NOT NULL,
	"certifications_on" boolean DEFAULT false NOT NULL,
	"goals_on" boolean DEFAULT false NOT NULL,
	"weekly_last_sent_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_settings_weekly_day_range" CHECK ("reminder_settings"."weekly_day" BETWEEN 0 AND 6),
	CONSTRAINT "reminder_settings_weekly_hour_range" CHECK ("reminder_settings"."weekly_hour" BETWEEN 0 AND 23)
);
--> statement-breakpoint
ALTER TABLE "reminder_settings" ADD CONSTRAINT "reminder_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reminder_settings_any_on_idx" ON "reminder_settings" USING btree ("user_id") WHERE "reminder_settings"."weekly_on" OR "reminder_settings"."certifications_on" OR "reminder_settings"."goals_on";