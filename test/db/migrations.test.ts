import { readdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { actors, articles, mentions, positions, topics } from '../../src/db/tables.js';
import { MIGRATIONS_FOLDER, openDatabase } from '../../src/db/client.js';
import { createTestDatabase, databaseKind } from '../helpers/database.js';

describe('migrations', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase({ migrated: false });
  });
  afterAll(() => handle.close());

  it('apply cleanly to an empty database and a second run changes nothing', async () => {
    const tablesBefore = await handle.rows<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = 'public'`);
    expect(tablesBefore).toEqual([]);

    await handle.migrate();
    const tables = await handle.rows<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'actor_aliases',
      'actors',
      'affiliations',
      'app_state',
      'article_topics',
      'articles',
      'mention_exclusions',
      'mentions',
      'position_suggestions',
      'positions',
      'revisions',
      'topic_closure',
      'topic_keywords',
      'topics',
    ]);
    const enums = await handle.rows<{ typname: string; labels: string }>(
      sql`select t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder) as labels
          from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname order by t.typname`,
    );
    expect(enums).toEqual([
      { typname: 'actor_kind', labels: 'PERSON,COUNTRY,ORGANIZATION,COALITION' },
      { typname: 'article_field', labels: 'title,summary,body' },
      { typname: 'record_type', labels: 'POSITION,ACTOR,TOPIC,ARTICLE,AFFILIATION' },
      { typname: 'revision_action', labels: 'CREATED,UPDATED,DELETED,RESTORED,MERGED' },
      { typname: 'stance', labels: 'SUPPORTS,OPPOSES,CONDITIONAL,NEUTRAL' },
      { typname: 'suggestion_status', labels: 'PENDING,ACCEPTED,REJECTED' },
    ]);
    const [gin] = await handle.rows<{ indexdef: string }>(sql`select indexdef from pg_indexes where indexname = 'articles_search_idx'`);
    expect(gin?.indexdef).toMatch(/USING gin \(search\)/);
    // The search vector stays in the row (phrase searches recheck it for every candidate), the body may leave it.
    const storage = await handle.rows<{ attname: string; attstorage: string }>(
      sql`select attname, attstorage from pg_attribute where attrelid = 'articles'::regclass and attname in ('search', 'body') order by attname`,
    );
    expect(storage).toEqual([
      { attname: 'body', attstorage: 'x' },
      { attname: 'search', attstorage: 'm' },
    ]);

    await handle.migrate();
    const [{ n }] = (await handle.rows<{ n: number }>(sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`)) as [
      { n: number },
    ];
    expect(n).toBe(14);
  });
});

describe('the migration that makes quotes required', () => {
  it('stops, naming the positions without a quote, instead of deleting or inventing anything', async () => {
    const handle = await createTestDatabase();
    try {
      // A database as it was before: quotes optional, and one position without one.
      await handle.rows(sql`alter table positions alter column quote drop not null`);
      await handle.rows(
        sql`alter table positions drop constraint positions_quote_not_blank, add constraint positions_quote_not_blank check (quote is null or btrim(quote) <> '')`,
      );
      const [topic] = await handle.db.insert(topics).values({ slug: 'old', name: 'Old' }).returning();
      const [actor] = await handle.db.insert(actors).values({ slug: 'old-actor', name: 'Old actor', kind: 'PERSON' }).returning();
      const [article] = await handle.db.insert(articles).values({ slug: 'old-article', title: 'Old', summary: 'Old.' }).returning();
      const [{ id }] = (await handle.rows<{ id: number }>(
        sql`insert into positions (actor_id, topic_id, article_id, stance, statement) values (${actor!.id}, ${topic!.id}, ${article!.id}, 'SUPPORTS', 'Unquoted.') returning id`,
      )) as [{ id: number }];
      await handle.rows(sql`delete from drizzle.__drizzle_migrations where name like '%quote_required'`);
      await expect(handle.migrate()).rejects.toThrow(
        new RegExp(`1 position\\(s\\) have no quote \\(ids: ${id}\\); give each one its quote from its article \\(updatePosition\\) or delete it`),
      );
      const [row] = await handle.rows<{ n: number }>(sql`select count(*)::int as n from positions`);
      expect(row!.n).toBe(1);
      // Given its quote, the migration goes through.
      await handle.rows(sql`update positions set quote = 'Old.' where id = ${id}`);
      await handle.migrate();
      expect(await handle.rows(sql`select is_nullable from information_schema.columns where table_name = 'positions' and column_name = 'quote'`)).toEqual([
        { is_nullable: 'NO' },
      ]);
    } finally {
      await handle.close();
    }
  });
});

describe('the migration that makes aliases unique by their folded form', () => {
  it('stops on a folded alias naming two actors, and keeps one spelling per folded form of one actor', async () => {
    const handle = await createTestDatabase();
    try {
      // A database as it was before: aliases unique as written only.
      await handle.rows(sql`alter table actor_aliases drop constraint actor_aliases_normalized_unique`);
      await handle.rows(sql`alter table actor_aliases add constraint actor_aliases_alias_unique unique (alias)`);
      await handle.rows(sql`create index actor_aliases_normalized_idx on actor_aliases (normalized)`);
      const [vdl, other] = await handle.db
        .insert(actors)
        .values([
          { slug: 'vdl', name: 'Ursula von der Leyen', kind: 'PERSON' },
          { slug: 'other', name: 'Other', kind: 'PERSON' },
        ])
        .returning();
      const alias = (actorId: number, written: string, normalized: string) =>
        handle.rows(sql`insert into actor_aliases (actor_id, alias, normalized) values (${actorId}, ${written}, ${normalized})`);
      await alias(vdl!.id, 'von der leyen', 'von der leyen');
      await alias(vdl!.id, 'Ursula von der Leyen', 'ursula von der leyen');
      await alias(vdl!.id, 'Von der Leyen', 'von der leyen');
      await alias(vdl!.id, 'ursula von der leyen', 'ursula von der leyen');
      await alias(other!.id, 'VON DER LEYEN', 'von der leyen');
      await handle.rows(sql`delete from drizzle.__drizzle_migrations where name like '%aliases_unique_folded'`);
      await expect(handle.migrate()).rejects.toThrow(
        new RegExp(`aliases that fold alike name different actors: "von der leyen" \\(actors ${vdl!.id}, ${other!.id}\\); merge those actors`),
      );
      await handle.rows(sql`delete from actor_aliases where actor_id = ${other!.id}`);
      await handle.migrate();
      // The actor's name keeps its spelling; of the rest, the first written stays.
      expect(await handle.rows(sql`select alias from actor_aliases order by alias`)).toEqual([{ alias: 'Ursula von der Leyen' }, { alias: 'von der leyen' }]);
      await expect(
        handle.rows(sql`insert into actor_aliases (actor_id, alias, normalized) values (${vdl!.id}, 'VON DER LEYEN', 'von der leyen')`),
      ).rejects.toThrow();
    } finally {
      await handle.close();
    }
  });
});

describe.skipIf(databaseKind !== 'postgres')('migrations from several instances at once', () => {
  it('all succeed, and apply each migration once', async () => {
    const empty = await createTestDatabase({ migrated: false });
    try {
      const [{ db: name }] = (await empty.rows<{ db: string }>(sql`select current_database() as db`)) as [{ db: string }];
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      const instances = await Promise.all([1, 2, 3].map(() => openDatabase({ url: url.toString() })));
      try {
        await Promise.all(instances.map((instance) => instance.migrate()));
      } finally {
        await Promise.all(instances.map((instance) => instance.close()));
      }
      const applied = await empty.rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const folders = readdirSync(MIGRATIONS_FOLDER).filter((f) => !f.startsWith('.')).length;
      expect(applied[0]!.n).toBe(folders);
    } finally {
      await empty.close();
    }
  });
});

describe('constraints are enforced by the database', () => {
  let handle: DatabaseHandle;
  let ids: { actor: number; topic: number; article: number };

  beforeAll(async () => {
    handle = await createTestDatabase();
    const db = handle.db;
    const [actor] = await db.insert(actors).values({ slug: 'russia', name: 'Russia', kind: 'COUNTRY' }).returning();
    const [topic] = await db.insert(topics).values({ slug: 'russian-veto', name: 'Russian veto' }).returning();
    const [article] = await db
      .insert(articles)
      .values({ slug: 'russia-demands-veto', title: 'Russia Demands Veto', summary: 'Russia has stated ...' })
      .returning();
    ids = { actor: actor!.id, topic: topic!.id, article: article!.id };
    await db.insert(mentions).values({ articleId: ids.article, actorId: ids.actor });
    await db.insert(positions).values({
      actorId: ids.actor,
      topicId: ids.topic,
      articleId: ids.article,
      stance: 'SUPPORTS',
      statement: 'Russia wants a veto.',
      quote: 'Russia has stated',
    });
  });
  afterAll(() => handle.close());

  /** Runs raw SQL that must fail, and returns the database's own error text. */
  async function refused(statement: ReturnType<typeof sql>): Promise<string> {
    const error = await handle.rows(statement).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error, 'the database accepted it').not.toBeNull();
    return `${error!.message} ${(error!.cause as Error | undefined)?.message ?? ''}`;
  }

  it('refuses a duplicate slug', async () => {
    expect(await refused(sql`insert into actors (slug, name, kind) values ('russia', 'Russia again', 'COUNTRY')`)).toMatch(/actors_slug_unique/);
  });

  it('refuses a malformed slug and a blank name', async () => {
    expect(await refused(sql`insert into topics (slug, name) values ('Not A Slug', 'x')`)).toMatch(/topics_slug_format/);
    expect(await refused(sql`insert into topics (slug, name) values ('blank', '   ')`)).toMatch(/topics_name_not_blank/);
  });

  it('refuses a value outside an enum', async () => {
    expect(await refused(sql`insert into actors (slug, name, kind) values ('x', 'X', 'PLANET')`)).toMatch(/invalid input value for enum actor_kind/);
    expect(await refused(sql`update positions set stance = 'MAYBE' where actor_id = ${ids.actor}`)).toMatch(/invalid input value for enum stance/);
  });

  it('refuses a position without an article, or with one that does not exist', async () => {
    expect(await refused(sql`insert into positions (actor_id, topic_id, stance, statement) values (${ids.actor}, ${ids.topic}, 'OPPOSES', 'x')`)).toMatch(
      /null value in column "article_id"/,
    );
    expect(
      await refused(
        sql`insert into positions (actor_id, topic_id, article_id, stance, statement, quote) values (${ids.actor}, ${ids.topic}, 999999, 'OPPOSES', 'x', 'x')`,
      ),
    ).toMatch(/positions_article_id_articles_id_fkey/);
  });

  it('refuses a position without a quote, or with a blank one', async () => {
    expect(await refused(sql`update positions set quote = null where actor_id = ${ids.actor}`)).toMatch(/null value in column "quote"/);
    expect(await refused(sql`update positions set quote = '  ' where actor_id = ${ids.actor}`)).toMatch(/positions_quote_not_blank/);
  });

  it('refuses to delete an article that positions rest on', async () => {
    expect(await refused(sql`delete from articles where id = ${ids.article}`)).toMatch(/positions_article_id_articles_id_fkey/);
    const [row] = await handle.rows<{ n: number }>(sql`select count(*)::int as n from articles`);
    expect(row?.n).toBe(1);
  });

  it('refuses a second position of one actor on one topic from the same article', async () => {
    expect(
      await refused(
        sql`insert into positions (actor_id, topic_id, article_id, stance, statement, quote) values (${ids.actor}, ${ids.topic}, ${ids.article}, 'OPPOSES', 'x', 'x')`,
      ),
    ).toMatch(/positions_actor_topic_article_unique/);
  });

  it('refuses a non-http URL and an alias that already names an actor', async () => {
    expect(await refused(sql`insert into articles (slug, title, summary, url) values ('a', 'A', 'B', 'ftp://example.org/a')`)).toMatch(/articles_url_http/);
    await handle.rows(sql`insert into actor_aliases (actor_id, alias, normalized) values (${ids.actor}, 'Kremlin', 'kremlin')`);
    expect(await refused(sql`insert into actor_aliases (actor_id, alias, normalized) values (${ids.actor}, 'the Kremlin', 'kremlin')`)).toMatch(
      /actor_aliases_normalized_unique/,
    );
  });

  it('refuses a topic that is its own parent and an actor affiliated with itself', async () => {
    expect(await refused(sql`update topics set parent_id = id where id = ${ids.topic}`)).toMatch(/topics_not_own_parent/);
    expect(await refused(sql`insert into affiliations (actor_id, organization_id, role) values (${ids.actor}, ${ids.actor}, 'member')`)).toMatch(
      /affiliations_not_self/,
    );
  });
});

describe('the topic tree', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle.close());

  const closure = () =>
    handle.rows<{ pair: string }>(
      sql`select a.slug || '>' || d.slug || ':' || c.depth as pair from topic_closure c
          join topics a on a.id = c.ancestor_id join topics d on d.id = c.descendant_id order by 1`,
    );

  it('keeps every ancestor of every topic, also when a subtree moves, and refuses a cycle', async () => {
    const insert = (slug: string, parent?: string) =>
      handle.rows(sql`insert into topics (slug, name, parent_id) values (${slug}, ${slug}, (select id from topics where slug = ${parent ?? null}))`);
    await insert('root');
    await insert('mid', 'root');
    await insert('leaf', 'mid');
    await insert('other');
    expect((await closure()).map((r) => r.pair)).toEqual([
      'leaf>leaf:0',
      'mid>leaf:1',
      'mid>mid:0',
      'other>other:0',
      'root>leaf:2',
      'root>mid:1',
      'root>root:0',
    ]);

    await handle.rows(sql`update topics set parent_id = (select id from topics where slug = 'other') where slug = 'mid'`);
    expect((await closure()).map((r) => r.pair)).toEqual([
      'leaf>leaf:0',
      'mid>leaf:1',
      'mid>mid:0',
      'other>leaf:2',
      'other>mid:1',
      'other>other:0',
      'root>root:0',
    ]);

    const error = await handle.rows(sql`update topics set parent_id = (select id from topics where slug = 'leaf') where slug = 'other'`).then(
      () => null,
      (e: Error) => `${e.message} ${(e.cause as Error | undefined)?.message ?? ''}`,
    );
    expect(error).toMatch(/cannot be placed under its own subtopic/);
    expect((await closure()).length).toBe(7);
  });
});
