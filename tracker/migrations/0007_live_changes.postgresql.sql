CREATE OR REPLACE FUNCTION beacon_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('beacon_change', json_build_object('e', NEW.entity, 'id', NEW.record_id, 'a', NEW.action, 'op', NEW.operation)::text); RETURN NULL; END $$;
CREATE TRIGGER beacon_notify_change AFTER INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION beacon_notify_change();
CREATE OR REPLACE FUNCTION beacon_notify_batch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('beacon_change', json_build_object('e', NEW.entity, 'batch', NEW.uid, 'a', CASE WHEN NEW.undone_at IS NULL THEN 'import' ELSE 'undo-import' END)::text); RETURN NULL; END $$;
CREATE TRIGGER beacon_notify_batch AFTER INSERT OR UPDATE OF undone_at ON import_batch FOR EACH ROW EXECUTE FUNCTION beacon_notify_batch()
