ALTER TABLE "positions" ADD COLUMN "dated_at" timestamp with time zone;--> statement-breakpoint
DROP INDEX "positions_latest_idx";--> statement-breakpoint
CREATE INDEX "positions_latest_idx" ON "positions" ("actor_id","topic_id","dated_at" DESC NULLS LAST,"id" DESC);--> statement-breakpoint
CREATE INDEX "positions_dated_idx" ON "positions" ("dated_at","id");