CREATE TYPE "record_type" AS ENUM('POSITION', 'ACTOR', 'TOPIC', 'ARTICLE', 'AFFILIATION');--> statement-breakpoint
CREATE TYPE "revision_action" AS ENUM('CREATED', 'UPDATED', 'DELETED', 'RESTORED', 'MERGED');--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"record_type" "record_type" NOT NULL,
	"record_id" integer NOT NULL,
	"action" "revision_action" NOT NULL,
	"by" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "revisions_record_idx" ON "revisions" ("record_type","record_id","id");--> statement-breakpoint
CREATE INDEX "revisions_action_idx" ON "revisions" ("record_type","action","id");--> statement-breakpoint
-- Every write to a position, actor, topic, article or affiliation keeps what it replaced, in the write's own
-- statement: the columns it changed, each [before, after] (every column when it created or deleted the
-- record), who wrote it (`stancegraph.writer`, set for the transaction by a mutation with a named token) and
-- what it was (`stancegraph.action` when a mutation says more than the statement: RESTORED, MERGED). Columns
-- the database keeps by itself (ids, versions, timestamps, the search vector, a position's derived date)
-- are not changes; an update that changed nothing else writes no revision.
CREATE FUNCTION "record_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
  changed jsonb := '{}'::jsonb;
  k text;
  said text := nullif(current_setting('stancegraph.action', true), '');
BEGIN
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
END $$;--> statement-breakpoint
CREATE TRIGGER "positions_revisions" AFTER INSERT OR UPDATE OR DELETE ON "positions" FOR EACH ROW EXECUTE FUNCTION "record_revision"('POSITION');--> statement-breakpoint
CREATE TRIGGER "actors_revisions" AFTER INSERT OR UPDATE OR DELETE ON "actors" FOR EACH ROW EXECUTE FUNCTION "record_revision"('ACTOR');--> statement-breakpoint
CREATE TRIGGER "topics_revisions" AFTER INSERT OR UPDATE OR DELETE ON "topics" FOR EACH ROW EXECUTE FUNCTION "record_revision"('TOPIC');--> statement-breakpoint
CREATE TRIGGER "articles_revisions" AFTER INSERT OR UPDATE OR DELETE ON "articles" FOR EACH ROW EXECUTE FUNCTION "record_revision"('ARTICLE');--> statement-breakpoint
CREATE TRIGGER "affiliations_revisions" AFTER INSERT OR UPDATE OR DELETE ON "affiliations" FOR EACH ROW EXECUTE FUNCTION "record_revision"('AFFILIATION');
