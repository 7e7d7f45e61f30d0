CREATE TABLE "trajectory_points" (
	"user_id" uuid NOT NULL,
	"month_end" date NOT NULL,
	"history_version" integer NOT NULL,
	"rules_version" integer NOT NULL,
	"factor_values" jsonb,
	CONSTRAINT "trajectory_points_user_id_month_end_pk" PRIMARY KEY("user_id","month_end")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "history_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "trajectory_points" ADD CONSTRAINT "trajectory_points_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;