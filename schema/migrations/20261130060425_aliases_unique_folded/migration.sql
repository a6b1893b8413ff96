-- Aliases are unique by their folded form (the key every lookup uses): "Von der Leyen" and "von der
-- Leyen" were two rows naming one actor. An actor's own spellings of one key collapse to one row (its
-- name's, else the first written); a key naming two different actors cannot be resolved here: the
-- migration stops and names them, so that someone merges the actors or removes an alias first.
DO $$
DECLARE clashes text;
BEGIN
  SELECT string_agg(format('"%s" (actors %s)', normalized, ids), '; ') INTO clashes FROM (
    SELECT normalized, string_agg(DISTINCT actor_id::text, ', ') AS ids FROM "actor_aliases"
    GROUP BY normalized HAVING count(DISTINCT actor_id) > 1 ORDER BY normalized LIMIT 20) AS c;
  IF clashes IS NOT NULL THEN
    RAISE EXCEPTION 'aliases that fold alike name different actors: %; merge those actors (mergeActors) or remove one alias (removeActorAlias), then start again', clashes;
  END IF;
END $$;--> statement-breakpoint
DELETE FROM "actor_aliases" AS al USING (
  SELECT al2.id, row_number() OVER (PARTITION BY al2.normalized ORDER BY (al2.alias = a.name) DESC, al2.id) AS rank
  FROM "actor_aliases" al2 JOIN "actors" a ON a.id = al2.actor_id) AS ranked
WHERE ranked.id = al.id AND ranked.rank > 1;--> statement-breakpoint
ALTER TABLE "actor_aliases" DROP CONSTRAINT "actor_aliases_alias_unique";--> statement-breakpoint
DROP INDEX "actor_aliases_normalized_idx";--> statement-breakpoint
ALTER TABLE "actor_aliases" ADD CONSTRAINT "actor_aliases_normalized_unique" UNIQUE("normalized");
