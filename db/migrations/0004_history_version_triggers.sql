-- Every change to a table the trajectory index reads raises the owner's history_version,
-- so cached index points (trajectory_points) are never served after the data moved on.
-- Triggers rather than application code, so no write path can forget it. Statement-level with
-- transition tables: a bulk insert of thousands of rows raises the version once, not per row.
CREATE FUNCTION note_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET history_version = history_version + 1 WHERE id IN (SELECT DISTINCT user_id FROM changed_rows);
  RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
  history_table text;
BEGIN
  -- A trigger with a transition table may handle only one event, hence three per table.
  FOREACH history_table IN ARRAY ARRAY['goals', 'weekly_updates', 'weekly_reflections', 'education_entries', 'skill_assessments', 'certifications', 'positions'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_insert', history_table);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_update', history_table);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_delete', history_table);
  END LOOP;
END
$$;
