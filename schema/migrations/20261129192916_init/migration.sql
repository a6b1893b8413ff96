CREATE TYPE "actor_kind" AS ENUM('PERSON', 'COUNTRY', 'ORGANIZATION', 'COALITION');--> statement-breakpoint
CREATE TYPE "stance" AS ENUM('SUPPORTS', 'OPPOSES', 'CONDITIONAL', 'NEUTRAL');--> statement-breakpoint
CREATE TABLE "actor_aliases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "actor_aliases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"actor_id" integer NOT NULL,
	"alias" text NOT NULL CONSTRAINT "actor_aliases_alias_unique" UNIQUE,
	"normalized" text NOT NULL,
	"case_sensitive" boolean DEFAULT false NOT NULL,
	CONSTRAINT "actor_aliases_alias_not_blank" CHECK (btrim("alias") <> '')
);
--> statement-breakpoint
CREATE TABLE "actors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "actors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL CONSTRAINT "actors_slug_unique" UNIQUE,
	"name" text NOT NULL,
	"kind" "actor_kind" NOT NULL,
	"description" text,
	"country_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actors_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "actors_name_not_blank" CHECK (btrim("name") <> ''),
	CONSTRAINT "actors_country_code_format" CHECK ("country_code" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "affiliations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "affiliations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"actor_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"role" text NOT NULL,
	"started_on" date,
	"ended_on" date,
	CONSTRAINT "affiliations_actor_organization_role_unique" UNIQUE("actor_id","organization_id","role"),
	CONSTRAINT "affiliations_not_self" CHECK ("actor_id" <> "organization_id"),
	CONSTRAINT "affiliations_role_not_blank" CHECK (btrim("role") <> ''),
	CONSTRAINT "affiliations_dates_ordered" CHECK ("ended_on" is null or "started_on" is null or "started_on" <= "ended_on")
);
--> statement-breakpoint
CREATE TABLE "article_topics" (
	"article_id" integer,
	"topic_id" integer,
	CONSTRAINT "article_topics_pkey" PRIMARY KEY("article_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL CONSTRAINT "articles_slug_unique" UNIQUE,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text,
	"url" text CONSTRAINT "articles_url_unique" UNIQUE,
	"published_at" timestamp with time zone,
	"source_name" text,
	"search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', "articles"."title"), 'A') || setweight(to_tsvector('english', "articles"."summary"), 'B') || setweight(to_tsvector('english', coalesce("articles"."body", '')), 'C')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "articles_title_not_blank" CHECK (btrim("title") <> ''),
	CONSTRAINT "articles_summary_not_blank" CHECK (btrim("summary") <> ''),
	CONSTRAINT "articles_url_http" CHECK ("url" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"article_id" integer,
	"actor_id" integer,
	CONSTRAINT "mentions_pkey" PRIMARY KEY("article_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "positions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"actor_id" integer NOT NULL,
	"topic_id" integer NOT NULL,
	"article_id" integer NOT NULL,
	"stance" "stance" NOT NULL,
	"statement" text NOT NULL,
	"quote" text,
	"stated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_actor_topic_article_unique" UNIQUE("actor_id","topic_id","article_id"),
	CONSTRAINT "positions_statement_not_blank" CHECK (btrim("statement") <> ''),
	CONSTRAINT "positions_quote_not_blank" CHECK ("quote" is null or btrim("quote") <> '')
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "topics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL CONSTRAINT "topics_slug_unique" UNIQUE,
	"name" text NOT NULL,
	"description" text,
	"parent_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topics_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "topics_name_not_blank" CHECK (btrim("name") <> ''),
	CONSTRAINT "topics_not_own_parent" CHECK ("parent_id" <> "id")
);
--> statement-breakpoint
CREATE INDEX "actor_aliases_actor_idx" ON "actor_aliases" ("actor_id");--> statement-breakpoint
CREATE INDEX "actor_aliases_normalized_idx" ON "actor_aliases" ("normalized");--> statement-breakpoint
CREATE INDEX "affiliations_organization_idx" ON "affiliations" ("organization_id");--> statement-breakpoint
CREATE INDEX "article_topics_topic_idx" ON "article_topics" ("topic_id");--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "articles_published_at_idx" ON "articles" ("published_at");--> statement-breakpoint
CREATE INDEX "mentions_actor_idx" ON "mentions" ("actor_id");--> statement-breakpoint
CREATE INDEX "positions_topic_idx" ON "positions" ("topic_id");--> statement-breakpoint
CREATE INDEX "positions_article_idx" ON "positions" ("article_id");--> statement-breakpoint
CREATE INDEX "topics_parent_idx" ON "topics" ("parent_id");--> statement-breakpoint
ALTER TABLE "actor_aliases" ADD CONSTRAINT "actor_aliases_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_organization_id_actors_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "actors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "article_topics" ADD CONSTRAINT "article_topics_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "article_topics" ADD CONSTRAINT "article_topics_topic_id_topics_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_topic_id_topics_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "topics"("id") ON DELETE RESTRICT;