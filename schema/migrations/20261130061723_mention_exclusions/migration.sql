CREATE TABLE "mention_exclusions" (
	"article_id" integer,
	"actor_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mention_exclusions_pkey" PRIMARY KEY("article_id","actor_id")
);
--> statement-breakpoint
CREATE INDEX "mention_exclusions_actor_idx" ON "mention_exclusions" ("actor_id","article_id");--> statement-breakpoint
ALTER TABLE "mention_exclusions" ADD CONSTRAINT "mention_exclusions_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "mention_exclusions" ADD CONSTRAINT "mention_exclusions_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE;