CREATE OR REPLACE FUNCTION beacon_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('beacon_change', json_build_object('log', NEW.id)::text); RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION beacon_notify_batch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('beacon_change', json_build_object('import', NEW.id)::text); RETURN NULL; END $$
