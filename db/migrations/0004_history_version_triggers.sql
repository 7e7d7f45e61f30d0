-- Every change to a table the trajectory index reads raises the owner's history_version,
-- so cached index points (trajectory_points) are never served after the data moved on.
-- Triggers rather than application code, so no write path can forget it.
CREATE FUNCTION note_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET history_version = history_version + 1
  WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER goals_history_change AFTER INSERT OR UPDATE OR DELETE ON goals FOR EACH ROW EXECUTE FUNCTION note_history_change();
--> statement-breakpoint
CREATE TRIGGER weekly_updates_history_change AFTER INSERT OR UPDATE OR DELETE ON weekly_updates FOR EACH ROW EXECUTE FUNCTION note_history_change();
--> statement-breakpoint
CREATE TRIGGER weekly_reflections_history_change AFTER INSERT OR UPDATE OR DELETE ON weekly_reflections FOR EACH ROW EXECUTE FUNCTION note_history_change();
--> statement-breakpoint
CREATE TRIGGER education_entries_history_change AFTER INSERT OR UPDATE OR DELETE ON education_entries FOR EACH ROW EXECUTE FUNCTION note_history_change();
--> statement-breakpoint
CREATE TRIGGER skill_assessments_history_change AFTER INSERT OR UPDATE OR DELETE ON skill_assessments FOR EACH ROW EXECUTE FUNCTION note_history_change();
--> statement-breakpoint
CREATE TRIGGER certifications_history_change AFTER INSERT OR UPDATE OR DELETE ON certifications FOR EACH ROW EXECUTE FUNCTION note_history_change();
--> statement-breakpoint
CREATE TRIGGER positions_history_change AFTER INSERT OR UPDATE OR DELETE ON positions FOR EACH ROW EXECUTE FUNCTION note_history_change();
