ALTER TABLE "weekly_reflections" ADD COLUMN "hours_worked" double precision;--> statement-breakpoint
ALTER TABLE "weekly_reflections" ADD COLUMN "balance" integer;--> statement-breakpoint
ALTER TABLE "weekly_reflections" ADD CONSTRAINT "weekly_reflections_balance_range" CHECK ("weekly_reflections"."balance" BETWEEN 1 AND 5);--> statement-breakpoint
ALTER TABLE "weekly_reflections" ADD CONSTRAINT "weekly_reflections_hours_worked_range" CHECK ("weekly_reflections"."hours_worked" BETWEEN 0 AND 120);