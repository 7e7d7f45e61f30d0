-- The Settings page is kept in memory while the history version is unchanged (db/loaders/settings-view.ts), so
-- the account settings it shows count as history too: the calendar feed, reminders, a pending change of email,
-- two-factor sign-in and its recovery codes. They change rarely, so the values recomputed after are few.
DO $$
DECLARE
  history_table text;
BEGIN
  FOREACH history_table IN ARRAY ARRAY['calendar_feeds', 'reminder_settings', 'pending_email_changes', 'two_factor', 'recovery_codes'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_insert', history_table);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_update', history_table);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_delete', history_table);
  END LOOP;
END
$$;
