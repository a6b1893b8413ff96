-- Live updates: every new or changed position and every new article is announced on the channel
-- stancegraph_events, from the database itself, so that every writer (mutations, importers, the
-- seed) announces alike. NOTIFY is delivered when the transaction commits and never when it rolls
-- back, to every server instance that listens. The payload holds ids only; listeners load the rest.
CREATE FUNCTION "announce_position"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('stancegraph_events', json_build_object('kind', 'position', 'id', NEW."id", 'actor', NEW."actor_id", 'topic', NEW."topic_id")::text);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "positions_announce" AFTER INSERT OR UPDATE ON "positions" FOR EACH ROW EXECUTE FUNCTION "announce_position"();--> statement-breakpoint
CREATE FUNCTION "announce_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('stancegraph_events', json_build_object('kind', 'article', 'id', NEW."id")::text);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "articles_announce" AFTER INSERT ON "articles" FOR EACH ROW EXECUTE FUNCTION "announce_article"();
