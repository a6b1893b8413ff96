-- Revisions are exported and restored (format version 3): a restore into an empty database writes each
-- record's revisions from the file, so the trigger writes none of its own while `stancegraph.revisions`
-- is 'restored' (set for the restore's transaction only). Everything else is as in migration revisions.
CREATE OR REPLACE FUNCTION "record_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
  changed jsonb := '{}'::jsonb;
  k text;
  said text := nullif(current_setting('stancegraph.action', true), '');
BEGIN
  -- A restore that brings back a record's revisions from its export writes them itself.
  IF current_setting('stancegraph.revisions', true) = 'restored' THEN RETURN NULL; END IF;
  FOR k IN SELECT jsonb_object_keys(CASE WHEN TG_OP = 'DELETE' THEN old_row ELSE new_row END) LOOP
    CONTINUE WHEN k IN ('id', 'version', 'created_at', 'updated_at', 'search', 'dated_at');
    IF coalesce(old_row -> k, 'null'::jsonb) IS DISTINCT FROM coalesce(new_row -> k, 'null'::jsonb) THEN
      changed := changed || jsonb_build_object(k, jsonb_build_array(coalesce(old_row -> k, 'null'::jsonb), coalesce(new_row -> k, 'null'::jsonb)));
    END IF;
  END LOOP;
  IF TG_OP = 'UPDATE' AND changed = '{}'::jsonb THEN RETURN NULL; END IF;
  INSERT INTO "revisions" ("record_type", "record_id", "action", "by", "changes") VALUES (
    TG_ARGV[0]::"record_type",
    CASE WHEN TG_OP = 'DELETE' THEN (old_row ->> 'id')::int ELSE (new_row ->> 'id')::int END,
    coalesce(said, CASE TG_OP WHEN 'INSERT' THEN 'CREATED' WHEN 'UPDATE' THEN 'UPDATED' ELSE 'DELETED' END)::"revision_action",
    nullif(current_setting('stancegraph.writer', true), ''),
    changed);
  RETURN NULL;
END $$;
