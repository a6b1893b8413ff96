-- A position's date (dated_at) is the date given when it was recorded (stated_at), else its
-- article's publication date; null when neither is known. Kept here, in the database, so that every
-- writer (mutations, seed, importers, a hand-written UPDATE) leaves it right.
CREATE FUNCTION "positions_dated_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."dated_at" := coalesce(NEW."stated_at", (SELECT "published_at" FROM "articles" WHERE "id" = NEW."article_id"));
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "positions_dated_at" BEFORE INSERT OR UPDATE OF "stated_at", "article_id", "dated_at" ON "positions"
  FOR EACH ROW EXECUTE FUNCTION "positions_dated_at"();--> statement-breakpoint
-- A changed publication date moves the positions that take their date from it.
CREATE FUNCTION "articles_positions_dated_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "positions" SET "dated_at" = NEW."published_at" WHERE "article_id" = NEW."id" AND "stated_at" IS NULL;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "articles_positions_dated_at" AFTER UPDATE OF "published_at" ON "articles"
  FOR EACH ROW WHEN (OLD."published_at" IS DISTINCT FROM NEW."published_at") EXECUTE FUNCTION "articles_positions_dated_at"();--> statement-breakpoint
UPDATE "positions" p SET "dated_at" = coalesce(p."stated_at", a."published_at") FROM "articles" a WHERE a."id" = p."article_id";
