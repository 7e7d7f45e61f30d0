CREATE TABLE "pay_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"effective_on" date NOT NULL,
	"currency" text NOT NULL,
	"base_kind" "pay_basis" NOT NULL,
	"base_amount" numeric(15, 3) NOT NULL,
	"hours_per_week" numeric(5, 2),
	"bonus_target" numeric(15, 3),
	"bonus_paid" numeric(15, 3),
	"equity_value" numeric(15, 3),
	"equity_vesting_start" date,
	"equity_vesting_years" integer,
	"benefits" text[] DEFAULT '{}'::text[] NOT NULL,
	"benefits_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pay_records_currency_code" CHECK ("pay_records"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "pay_records_amounts_not_negative" CHECK ("pay_records"."base_amount" >= 0 AND coalesce("pay_records"."bonus_target", 0) >= 0 AND coalesce("pay_records"."bonus_paid", 0) >= 0 AND coalesce("pay_records"."equity_value", 0) >= 0),
	CONSTRAINT "pay_records_hourly_has_hours" CHECK ("pay_records"."base_kind" <> 'hourly' OR ("pay_records"."hours_per_week" > 0 AND "pay_records"."hours_per_week" <= 168)),
	CONSTRAINT "pay_records_equity_vesting" CHECK ("pay_records"."equity_value" IS NULL OR ("pay_records"."equity_vesting_start" IS NOT NULL AND "pay_records"."equity_vesting_years" BETWEEN 1 AND 10))
);
--> statement-breakpoint
ALTER TABLE "pay_records" ADD CONSTRAINT "pay_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_records" ADD CONSTRAINT "pay_records_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pay_records_position_idx" ON "pay_records" USING btree ("position_id","effective_on");--> statement-breakpoint
CREATE INDEX "pay_records_user_idx" ON "pay_records" USING btree ("user_id","effective_on");--> statement-breakpoint
-- Pay records feed the trajectory index (advancement and compensation): changing them counts as a history change.
CREATE TRIGGER pay_records_history_insert AFTER INSERT ON pay_records REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change();
--> statement-breakpoint
CREATE TRIGGER pay_records_history_update AFTER UPDATE ON pay_records REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change();
--> statement-breakpoint
CREATE TRIGGER pay_records_history_delete AFTER DELETE ON pay_records REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change();
