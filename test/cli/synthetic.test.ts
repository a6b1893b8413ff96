import { spawnSync } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { writeSynthetic } from '../../src/seed/synthetic.js';
import { createTestDatabase } from '../helpers/database.js';

// The synthetic data generator behind the benchmark: realistic in shape, the same for the same size.

let first: DatabaseHandle;
let second: DatabaseHandle;
const progress: number[] = [];

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await writeSynthetic(first.db, { articles: 240, batchSize: 100, onProgress: (done) => progress.push(done) });
  await writeSynthetic(second.db, { articles: 240 });
});
afterAll(() => Promise.all([first?.close(), second?.close()]));

/** Everything the generator wrote, in a stable order, without ids or timestamps of the load. */
async function content(handle: DatabaseHandle) {
  return handle.rows(sql`select
    (select json_agg(json_build_array(slug, title, summary, body, published_at) order by slug) from articles) as articles,
    (select json_agg(json_build_array(a.slug, t.slug, ar.slug, p.stance, p.quote) order by ar.slug, a.slug, t.slug)
       from positions p join actors a on a.id = p.actor_id join topics t on t.id = p.topic_id join articles ar on ar.id = p.article_id) as positions,
    (select json_agg(json_build_array(slug, name, kind) order by slug) from actors) as actors`);
}

describe('npm run seed:synthetic', () => {
  it('writes the same data for the same size, in batches that report progress', async () => {
    expect(JSON.stringify(await content(first))).toBe(JSON.stringify(await content(second)));
    expect(progress).toEqual([100, 200, 240]);
  });

  it('has the shape of real coverage: ~N/20 actors, a topic tree, 2–6 mentions and 0–8 positions an article, a few undated', async () => {
    const [shape] = await first.rows<Record<string, number>>(sql`select
      (select count(*)::int from articles) as articles,
      (select count(*)::int from actors) as actors,
      (select count(*)::int from topics) as topics,
      (select count(*)::int from topics where parent_id is null) as roots,
      (select min(n)::int from (select count(*) as n from mentions group by article_id) m) as min_mentions,
      (select max(n)::int from (select count(*) as n from mentions group by article_id) m) as max_mentions,
      (select max(n)::int from (select count(*) as n from positions group by article_id) p) as max_positions,
      (select count(*)::int from articles a where not exists (select 1 from positions p where p.article_id = a.id)) as without_positions,
      (select count(*)::int from articles where published_at is null) as undated,
      (select count(*)::int from affiliations) as affiliations,
      (select min(n)::int from (select count(*) as n from actor_aliases group by actor_id) x) as min_aliases`);
    expect(shape).toMatchObject({ articles: 240, actors: 12, topics: 54, roots: 6, min_aliases: 2 });
    expect(shape!.min_mentions).toBeGreaterThanOrEqual(1);
    expect(shape!.max_mentions).toBeLessThanOrEqual(6);
    expect(shape!.max_positions).toBeLessThanOrEqual(8);
    expect(shape!.without_positions).toBeGreaterThan(0);
    expect(shape!.undated).toBeGreaterThan(0);
    expect(shape!.undated).toBeLessThan(30);
    expect(shape!.affiliations).toBeGreaterThan(0);
  });

  it('keeps the evidence rules: every quote occurs in its article, every article mentions the actors it reports', async () => {
    const [broken] = await first.rows<{ quotes: number; mentions: number }>(sql`select
      (select count(*)::int from positions p join articles a on a.id = p.article_id
        where strpos(a.title || E'\n' || a.summary || E'\n' || coalesce(a.body, ''), p.quote) = 0) as quotes,
      (select count(*)::int from positions p where not exists (select 1 from mentions m where m.article_id = p.article_id and m.actor_id = p.actor_id)) as mentions`);
    expect(broken).toEqual({ quotes: 0, mentions: 0 });
  });

  it('refuses a database that holds synthetic data already, writing nothing', async () => {
    const [before] = await first.rows<{ n: number }>(sql`select count(*)::int as n from articles`);
    await expect(writeSynthetic(first.db, { articles: 10 })).rejects.toThrow(/holds synthetic articles already/);
    const [after] = await first.rows<{ n: number }>(sql`select count(*)::int as n from articles`);
    expect(after).toEqual(before);
  });

  it('names a bad --articles and stops before touching a database', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/seed-synthetic.ts', '--articles', 'many'], {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('seed:synthetic: usage: npm run seed:synthetic -- --articles N (a whole number from 1 to 10000000; got "many")\n');
  });
});
