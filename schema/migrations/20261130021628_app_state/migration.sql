CREATE TABLE "app_state" (
	"key" text PRIMARY KEY,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Databases that hold data already were seeded by the rule before this one (seed when empty).
INSERT INTO "app_state" ("key", "value")
  SELECT 'seed', 'applied' WHERE EXISTS (SELECT 1 FROM "actors") OR EXISTS (SELECT 1 FROM "topics") OR EXISTS (SELECT 1 FROM "articles");
