CREATE TYPE "article_field" AS ENUM('title', 'summary', 'body');--> statement-breakpoint
CREATE TYPE "suggestion_status" AS ENUM('PENDING', 'ACCEPTED', 'REJECTED');--> statement-breakpoint
CREATE TABLE "position_suggestions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "position_suggestions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"article_id" integer NOT NULL,
	"actor_id" integer NOT NULL,
	"topic_id" integer NOT NULL,
	"stance" "stance" NOT NULL,
	"quote" text NOT NULL,
	"quote_field" "article_field" NOT NULL,
	"quote_start" integer NOT NULL,
	"quote_end" integer NOT NULL,
	"statement" text NOT NULL,
	"confidence" double precision NOT NULL,
	"extractor" text NOT NULL,
	"extractor_version" text NOT NULL,
	"status" "suggestion_status" DEFAULT 'PENDING'::"suggestion_status" NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"reason" text,
	"position_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "position_suggestions_unique" UNIQUE("article_id","actor_id","topic_id","stance"),
	CONSTRAINT "position_suggestions_confidence_range" CHECK ("confidence" >= 0 and "confidence" <= 1),
	CONSTRAINT "position_suggestions_quote_not_blank" CHECK (btrim("quote") <> ''),
	CONSTRAINT "position_suggestions_statement_not_blank" CHECK (btrim("statement") <> ''),
	CONSTRAINT "position_suggestions_quote_offsets" CHECK ("quote_start" >= 0 and "quote_end" > "quote_start"),
	CONSTRAINT "position_suggestions_review" CHECK (("status" = 'PENDING') = ("reviewed_at" is null) and ("status" = 'REJECTED' or "reason" is null))
);
--> statement-breakpoint
CREATE TABLE "topic_keywords" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "topic_keywords_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"topic_id" integer NOT NULL,
	"keyword" text NOT NULL,
	"normalized" text NOT NULL CONSTRAINT "topic_keywords_normalized_unique" UNIQUE,
	"case_sensitive" boolean DEFAULT false NOT NULL,
	CONSTRAINT "topic_keywords_keyword_not_blank" CHECK (btrim("keyword") <> '')
);
--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "recorded_by" text;--> statement-breakpoint
CREATE INDEX "position_suggestions_status_idx" ON "position_suggestions" ("status","id");--> statement-breakpoint
CREATE INDEX "position_suggestions_confidence_idx" ON "position_suggestions" ("status","confidence","id");--> statement-breakpoint
CREATE INDEX "position_suggestions_actor_idx" ON "position_suggestions" ("actor_id","status","id");--> statement-breakpoint
CREATE INDEX "position_suggestions_topic_idx" ON "position_suggestions" ("topic_id","status","id");--> statement-breakpoint
CREATE INDEX "position_suggestions_article_idx" ON "position_suggestions" ("article_id","id");--> statement-breakpoint
CREATE INDEX "topic_keywords_topic_idx" ON "topic_keywords" ("topic_id","id");--> statement-breakpoint
ALTER TABLE "position_suggestions" ADD CONSTRAINT "position_suggestions_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "position_suggestions" ADD CONSTRAINT "position_suggestions_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "position_suggestions" ADD CONSTRAINT "position_suggestions_topic_id_topics_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "position_suggestions" ADD CONSTRAINT "position_suggestions_position_id_positions_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "topic_keywords" ADD CONSTRAINT "topic_keywords_topic_id_topics_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE;