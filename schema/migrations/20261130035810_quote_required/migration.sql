-- Every position rests on a quote (issue: the evidence chain). A database holding positions without
-- one cannot be upgraded silently: nothing is deleted or invented; the migration stops and says which.
DO $$
DECLARE missing integer;
BEGIN
  SELECT count(*) INTO missing FROM "positions" WHERE "quote" IS NULL OR btrim("quote") = '';
  IF missing > 0 THEN
    RAISE EXCEPTION '% position(s) have no quote (ids: %); give each one its quote from its article (updatePosition) or delete it, then start again',
      missing, (SELECT string_agg(id::text, ', ' ORDER BY id) FROM (SELECT id FROM "positions" WHERE "quote" IS NULL OR btrim("quote") = '' ORDER BY id LIMIT 20) AS p);
  END IF;
END $$;--> statement-breakpoint
ALTER TABLE "positions" ALTER COLUMN "quote" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" DROP CONSTRAINT "positions_quote_not_blank", ADD CONSTRAINT "positions_quote_not_blank" CHECK (btrim("quote") <> '');
