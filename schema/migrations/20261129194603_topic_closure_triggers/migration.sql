-- Keeps topic_closure in step with topics.parent_id, and refuses a cycle in the topic tree.
CREATE FUNCTION "topic_closure_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO topic_closure (ancestor_id, descendant_id, depth)
      SELECT NEW.id, NEW.id, 0
      UNION ALL
      SELECT c.ancestor_id, NEW.id, c.depth + 1 FROM topic_closure c WHERE c.descendant_id = NEW.parent_id;
  ELSIF NEW.parent_id IS DISTINCT FROM OLD.parent_id THEN
    IF NEW.parent_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM topic_closure WHERE ancestor_id = NEW.id AND descendant_id = NEW.parent_id
    ) THEN
      RAISE EXCEPTION 'topic % cannot be placed under its own subtopic %', NEW.id, NEW.parent_id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'topics_acyclic';
    END IF;
    -- Detach the moved subtree from its former ancestors ...
    DELETE FROM topic_closure c
      USING topic_closure d
      WHERE d.ancestor_id = NEW.id
        AND c.descendant_id = d.descendant_id
        AND c.ancestor_id NOT IN (SELECT descendant_id FROM topic_closure WHERE ancestor_id = NEW.id);
    -- ... and attach it under the new parent's ancestors.
    INSERT INTO topic_closure (ancestor_id, descendant_id, depth)
      SELECT a.ancestor_id, d.descendant_id, a.depth + d.depth + 1
      FROM topic_closure a CROSS JOIN topic_closure d
      WHERE a.descendant_id = NEW.parent_id AND d.ancestor_id = NEW.id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "topics_closure_sync" AFTER INSERT OR UPDATE OF "parent_id" ON "topics"
  FOR EACH ROW EXECUTE FUNCTION "topic_closure_sync"();
--> statement-breakpoint
-- Topics that exist already (none on a new database) get their closure rows once.
INSERT INTO "topic_closure" ("ancestor_id", "descendant_id", "depth")
  WITH RECURSIVE tree AS (
    SELECT id AS ancestor_id, id AS descendant_id, 0 AS depth FROM topics
    UNION ALL
    SELECT tree.ancestor_id, t.id, tree.depth + 1 FROM tree JOIN topics t ON t.parent_id = tree.descendant_id
  )
  SELECT ancestor_id, descendant_id, depth FROM tree
  ON CONFLICT DO NOTHING;
