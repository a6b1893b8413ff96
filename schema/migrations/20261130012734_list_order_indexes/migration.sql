DROP INDEX "articles_published_at_idx";--> statement-breakpoint
DROP INDEX "article_topics_topic_idx";--> statement-breakpoint
CREATE INDEX "article_topics_topic_idx" ON "article_topics" ("topic_id","article_id");--> statement-breakpoint
DROP INDEX "mentions_actor_idx";--> statement-breakpoint
CREATE INDEX "mentions_actor_idx" ON "mentions" ("actor_id","article_id");--> statement-breakpoint
DROP INDEX "positions_topic_idx";--> statement-breakpoint
CREATE INDEX "positions_topic_idx" ON "positions" ("topic_id","id");--> statement-breakpoint
DROP INDEX "positions_article_idx";--> statement-breakpoint
CREATE INDEX "positions_article_idx" ON "positions" ("article_id","id");--> statement-breakpoint
CREATE INDEX "actors_name_idx" ON "actors" ("name","id");--> statement-breakpoint
CREATE INDEX "articles_newest_idx" ON "articles" (coalesce("published_at", '-infinity'::timestamptz) desc,"id" DESC);--> statement-breakpoint
CREATE INDEX "articles_oldest_idx" ON "articles" (coalesce("published_at", 'infinity'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "articles_title_idx" ON "articles" ("title","id");--> statement-breakpoint
CREATE INDEX "positions_actor_idx" ON "positions" ("actor_id","id");--> statement-breakpoint
CREATE INDEX "positions_latest_idx" ON "positions" ("actor_id","topic_id","stated_at" DESC NULLS LAST,"id" DESC);