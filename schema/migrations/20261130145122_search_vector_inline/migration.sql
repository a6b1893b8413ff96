-- An article's search vector (~2 KB for a 2 KB body) is kept in the row, not moved out of line: the
-- GIN index holds no word positions, so a phrase search ("ceasefire talks") rechecks the vector of
-- every article that has both words, and ranking reads the vector of every hit. Out of line, each
-- read is a lookup in the TOAST table (at 100,000 articles: 8,191 candidates, 40,917 buffers, 48 ms);
-- in the row, 7,698 buffers and 23 ms. The body goes out of line instead, which only reads of the
-- body pay for. Rows written before this migration keep their layout until rewritten
-- (VACUUM FULL articles; README).
ALTER TABLE "articles" ALTER COLUMN "search" SET STORAGE MAIN;
