-- The pages kept in memory while the history is unchanged (db/loaders/history-memo.ts: the dashboard, the review,
-- goals, the weekly update, career) also read the goals' milestones, people and who was met, the review's notes,
-- feedback, and what achievements, feedback and people are linked to: changing them counts as a history change too.
DO $$
DECLARE
  history_table text;
BEGIN
  FOREACH history_table IN ARRAY ARRAY['goal_milestones', 'person_interactions', 'yearly_reviews', 'feedback_entries', 'feedback_skills', 'achievement_goals', 'achievement_skills', 'people', 'person_goals'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_insert', history_table);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_update', history_table);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION note_history_change()', history_table || '_history_delete', history_table);
  END LOOP;
END
$$;
