-- What a session check reads (db/queries/auth/sessions.ts: the user's row, its ended and kept sessions) is kept in
-- each instance's memory while nothing has changed it (db/while-unchanged.ts). On PostgreSQL other instances write
-- too: every change to those tables tells every listening instance at commit (NOTIFY is sent only if the
-- transaction commits, once per transaction), and they read the check afresh. Statement-level triggers, so no
-- write path can forget it and a bulk change sends one notice.
CREATE FUNCTION notice_session_standing_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('session_standing_changed', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER users_session_standing AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION notice_session_standing_change();
--> statement-breakpoint
CREATE TRIGGER ended_sessions_session_standing AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ended_sessions FOR EACH STATEMENT EXECUTE FUNCTION notice_session_standing_change();
--> statement-breakpoint
CREATE TRIGGER kept_sessions_session_standing AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON kept_sessions FOR EACH STATEMENT EXECUTE FUNCTION notice_session_standing_change();
