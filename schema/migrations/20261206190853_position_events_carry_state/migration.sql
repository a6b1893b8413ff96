-- A position's event carries the state its write left (`version`, and the row itself as `row` when the
-- payload stays well under NOTIFY's 8,000 bytes: a statement and quote of non-Latin text may not), so
-- that a subscriber is sent what that write wrote, not a later write's state read at delivery time.
CREATE OR REPLACE FUNCTION "announce_position"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  state jsonb := to_jsonb(NEW);
BEGIN
  PERFORM pg_notify('stancegraph_events', json_build_object('kind', 'position', 'id', NEW."id", 'actor', NEW."actor_id", 'topic', NEW."topic_id",
    'version', NEW."version", 'row', CASE WHEN octet_length(state::text) <= 7000 THEN state END)::text);
  RETURN NULL;
END $$;
