CREATE TABLE "history_cache" (
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"params" text NOT NULL,
	"history_version" integer NOT NULL,
	"value" jsonb NOT NULL,
	CONSTRAINT "history_cache_user_id_name_pk" PRIMARY KEY("user_id","name")
);
--> statement-breakpoint
ALTER TABLE "history_cache" ADD CONSTRAINT "history_cache_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Skill names and targets feed the dashboard's skills chart: changing them counts as a history change too.
CREATE TRIGGER skills_history_insert AFTER INSERT ON skills REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change();
--> statement-breakpoint
CREATE TRIGGER skills_history_update AFTER UPDATE ON skills REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change();
--> statement-breakpoint
CREATE TRIGGER skills_history_delete AFTER DELETE ON skills REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change();
