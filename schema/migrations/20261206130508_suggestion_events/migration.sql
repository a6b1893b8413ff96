-- Custom SQL migration file, put your code below! --
-- Live updates of the review queue: every new suggestion is announced on the events channel
-- (migration change_events), after its transaction commits, to every server instance that listens.
CREATE FUNCTION "announce_suggestion"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('stancegraph_events', json_build_object('kind', 'suggestion', 'id', NEW."id", 'article', NEW."article_id", 'actor', NEW."actor_id", 'topic', NEW."topic_id")::text);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "position_suggestions_announce" AFTER INSERT ON "position_suggestions" FOR EACH ROW EXECUTE FUNCTION "announce_suggestion"();
