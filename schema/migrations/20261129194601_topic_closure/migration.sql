CREATE TABLE "topic_closure" (
	"ancestor_id" integer,
	"descendant_id" integer,
	"depth" integer NOT NULL,
	CONSTRAINT "topic_closure_pkey" PRIMARY KEY("ancestor_id","descendant_id"),
	CONSTRAINT "topic_closure_depth_non_negative" CHECK ("depth" >= 0)
);
--> statement-breakpoint
CREATE INDEX "topic_closure_descendant_idx" ON "topic_closure" ("descendant_id");--> statement-breakpoint
ALTER TABLE "topic_closure" ADD CONSTRAINT "topic_closure_ancestor_id_topics_id_fkey" FOREIGN KEY ("ancestor_id") REFERENCES "topics"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "topic_closure" ADD CONSTRAINT "topic_closure_descendant_id_topics_id_fkey" FOREIGN KEY ("descendant_id") REFERENCES "topics"("id") ON DELETE CASCADE;