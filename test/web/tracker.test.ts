import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../src/http/web.js';
import { axeViolations, browserAvailable, openTracker } from '../helpers/browser.js';
import { databaseKind } from '../helpers/database.js';
import { WRITE_TOKEN } from '../helpers/graphql.js';

// The tracker page at /, in a real headless Chromium (test/helpers/browser.ts), asserting on what a
// person sees.

const SCREENSHOTS = join(process.cwd(), 'test-results', 'tracker');

describe.skipIf(!browserAvailable || databaseKind !== 'pglite')('the tracker page', () => {
  let tracker: Awaited<ReturnType<typeof openTracker>>;
  let api: Awaited<ReturnType<typeof openTracker>>['api'];
  let page: Page;
  let origin: string;

  beforeAll(async () => {
    tracker = await openTracker(SCREENSHOTS);
    ({ api, page, origin } = tracker);
  }, 60_000);
  afterAll(() => tracker?.close());

  it('shows the stance matrix: the UK and France support troop deployment, with labels readable without colour', async () => {
    const started = Date.now();
    await page.goto(`${origin}/`);
    await page.getByRole('table', { name: 'Stance of each actor on each topic' }).waitFor();
    console.log(`tracker: matrix visible ${Date.now() - started} ms after navigation`);
    for (const actor of ['United Kingdom', 'France'])
      expect(await page.getByRole('button', { name: `${actor} on Troop deployment in Ukraine: Supports; show the evidence` }).textContent()).toBe('+ Supports');
    expect(await page.getByRole('cell', { name: 'China on Troop deployment in Ukraine: no position' }).textContent()).toBe('·');
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix.png'), fullPage: true });
  });

  it('opens the evidence of a cell, from the keyboard too: the quote is a passage of the article', async () => {
    const cell = page.getByRole('button', { name: /^United Kingdom on Troop deployment in Ukraine/ });
    await cell.focus();
    await page.keyboard.press('Enter');
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.waitFor();
    expect(await evidence.getByRole('heading').textContent()).toBe('United Kingdom on Troop deployment in Ukraine: Supports');
    const quote = (await evidence.locator('blockquote').textContent())!.replace(/^“|”$/g, '');
    const link = evidence.getByRole('link');
    const slug = (await link.getAttribute('href'))!.replace('/articles/', '');
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ article(slug: "${slug}") { title summary body } }` }),
    });
    const { article } = ((await response.json()) as { data: { article: { title: string; summary: string; body: string | null } } }).data;
    expect(`${article.title}\n${article.summary}\n${article.body ?? ''}`).toContain(quote);
    expect(await link.textContent()).toBe(article.title);
    await page.screenshot({ path: join(SCREENSHOTS, 'evidence.png'), fullPage: true });
  });

  it('brings the evidence of a cell low in the matrix into view at 1366×768, and moves the focus to it', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    try {
      await page.goto(`${origin}/`);
      const cells = page.getByRole('button', { name: /show the evidence$/ });
      await cells.first().waitFor();
      // The last filled cell of the matrix: the one furthest down.
      await cells.last().click();
      const evidence = page.getByRole('region', { name: 'Evidence' });
      await evidence.waitFor();
      const seen = await evidence.evaluate((el) => {
        const heading = el.querySelector('h2')!.getBoundingClientRect();
        return { top: heading.top, bottom: heading.bottom, height: innerHeight, focused: document.activeElement === el.querySelector('h2') };
      });
      expect(seen.top).toBeGreaterThanOrEqual(0);
      expect(seen.bottom).toBeLessThanOrEqual(seen.height);
      expect(seen.focused).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('scrolls the matrix sideways to its last column, from the keyboard too, with the actors kept in view', async () => {
    await page.setViewportSize({ width: 800, height: 768 });
    try {
      await page.goto(`${origin}/`);
      const region = page.getByRole('region', { name: 'Stance matrix (scrolls sideways)' });
      await region.getByRole('table').waitFor();
      const wider = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(wider).toBe(true);
      // From the keyboard: the region takes the focus, and the arrow keys scroll it.
      await region.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      // (Chromium scrolls smoothly: the position moves over a few frames.)
      await page.waitForFunction(() => document.querySelector('.scroll')!.scrollLeft > 0, undefined, { timeout: 5000 });
      await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      const seen = await region.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const headers = el.querySelectorAll('thead th');
        const last = headers[headers.length - 1]!.getBoundingClientRect();
        const actor = el.querySelector('tbody th')!.getBoundingClientRect();
        return { lastRight: last.right, right: box.right, actorLeft: actor.left, left: box.left };
      });
      expect(seen.lastRight).toBeLessThanOrEqual(seen.right + 1);
      expect(Math.abs(seen.actorLeft - seen.left)).toBeLessThanOrEqual(2);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('shows a position recorded through the API on another connection without a reload', async () => {
    const write = async (query: string, variables: Record<string, unknown> = {}) =>
      ((await (await api.post({ query, variables }, { headers: { authorization: `Bearer ${WRITE_TOKEN}` } })).json()) as { data: any }).data;
    const ids = await write(
      `{ actor(slug: "giorgia-meloni") { id } topic(slug: "nato-membership") { id } article(slug: "meloni-proposes-nato-security-for-ukraine-without-membership") { id } }`,
    );
    expect(await page.getByRole('cell', { name: 'Giorgia Meloni on NATO membership for Ukraine: no position' }).count()).toBe(1);
    const recorded = await write(`mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { userErrors { message } } }`, {
      input: {
        actorId: ids.actor.id,
        topicId: ids.topic.id,
        articleId: ids.article.id,
        stance: 'CONDITIONAL',
        statement: 'Meloni offers NATO-style guarantees instead of membership.',
        quote: 'without requiring the complexities and potential risks of full membership',
      },
    });
    expect(recorded.recordPosition.userErrors).toEqual([]);
    await page.getByRole('button', { name: 'Giorgia Meloni on NATO membership for Ukraine: Conditional; show the evidence' }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'live.png'), fullPage: true });
  });

  it('updates an open actor page when one of its positions changes, without a reload', async () => {
    await page.goto(`${origin}/actors/giorgia-meloni`);
    const nato = page.getByRole('region', { name: 'Positions on NATO membership for Ukraine' });
    await nato.waitFor();
    expect(await nato.locator('.stance').first().textContent()).toBe('± Conditional');
    const query = async (text: string, variables: Record<string, unknown> = {}) =>
      ((await (await api.post({ query: text, variables }, { headers: { authorization: `Bearer ${WRITE_TOKEN}` } })).json()) as { data: any }).data;
    const { positions } = await query(`{ positions(filter: { actor: "giorgia-meloni", topic: "nato-membership" }) { nodes { id version } } }`);
    const [position] = positions.nodes;
    const { updatePosition } = await query(`mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { userErrors { message } } }`, {
      input: { id: position.id, expectedVersion: position.version, stance: 'SUPPORTS' },
    });
    expect(updatePosition.userErrors).toEqual([]);
    await nato.locator('.stance', { hasText: '+ Supports' }).waitFor({ timeout: 5000 });
  });

  it('lets the reader choose rows and columns, kept in a URL that can be linked to', async () => {
    await page.goto(`${origin}/?kind=COUNTRY&topic=security-guarantees`);
    const table = page.getByRole('table', { name: 'Stance of each actor on each topic' });
    await table.waitFor();
    // Rows: the countries with a position under the topic (China has none there), asked of the server.
    const rows = await table.locator('tbody th').allTextContents();
    expect(rows).toEqual(['France', 'Russia', 'United Kingdom', 'United States']);
    const columns = await table.locator('thead th').allTextContents();
    expect(columns).toContain('Troop deployment in Ukraine');
    expect(columns).not.toContain('Ceasefire');
    await page.getByRole('searchbox', { name: 'Actor name contains' }).fill('king');
    await expect.poll(() => table.locator('tbody th').allTextContents(), { timeout: 5000 }).toEqual(['United Kingdom']);
    expect(new URL(page.url()).search).toBe('?kind=COUNTRY&topic=security-guarantees&actor=king');
    await page.getByRole('combobox', { name: 'Actors of kind' }).selectOption('');
    expect(new URL(page.url()).search).toBe('?topic=security-guarantees&actor=king');
    await page.screenshot({ path: join(SCREENSHOTS, 'selection.png'), fullPage: true });
  });

  it('leads from the matrix to an actor page that lists his positions with their evidence, then back', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Volodymyr Zelenskyy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Volodymyr Zelenskyy' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/actors/volodymyr-zelenskyy');
    expect(await page.getByRole('heading', { level: 2, name: 'Positions (4)' }).count()).toBe(1);
    const minerals = page.getByRole('region', { name: 'Positions on US–Ukraine minerals deal' });
    expect(await minerals.locator('.stance').textContent()).toBe('− Opposes');
    expect(await minerals.locator('blockquote').textContent()).toMatch(/^“Zelenskiy’s rejection of a proposed US minerals deal/);
    await page.screenshot({ path: join(SCREENSHOTS, 'actor.png'), fullPage: true });
    await page.goBack();
    await page.getByRole('table', { name: 'Stance of each actor on each topic' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('shows on an actor page who agrees with it most and least, with the topics they share', async () => {
    await page.goto(`${origin}/actors/russia`);
    await page.getByRole('heading', { level: 2, name: 'Who agrees with Russia' }).waitFor();
    const items = (name: string) => page.getByRole('region', { name }).getByRole('listitem').allTextContents();
    const most = (await items('Agree most')).map((t) => t.replace(/\s+/g, ' ').trim());
    const least = (await items('Agree least')).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(most).toHaveLength(5);
    expect(most[0]).toMatch(/^Sergey Lavrov: 100% agreement on one shared topic \(.+\)$/);
    expect(least.slice(0, 3)).toEqual([
      expect.stringMatching(/^France: 0% agreement on one shared topic \(.+\)$/),
      expect.stringMatching(/^United Kingdom: 0% agreement on one shared topic \(.+\)$/),
      expect.stringMatching(/^Emmanuel Macron: 25% agreement on 2 shared topics \(.+, .+\)$/),
    ]);
    // No actor is in both lists; each shared topic links to its page.
    expect(most.some((m) => least.some((l) => l.split(':')[0] === m.split(':')[0]))).toBe(false);
    await page.getByRole('region', { name: 'Agree least' }).getByRole('link', { name: 'Emmanuel Macron' }).click();
    await page.getByRole('heading', { level: 1, name: 'Emmanuel Macron' }).waitFor();
  });

  it('downloads the matrix as shown as CSV and as JSON: one record per position, with its quote, date and article', async () => {
    await page.goto(`${origin}/?kind=COUNTRY`);
    await page.getByRole('table', { name: 'Stance of each actor on each topic' }).waitFor();
    const shown = await page.getByRole('table', { name: 'Stance of each actor on each topic' }).getByRole('button').count();
    const save = async (format: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format, exact: true }).click()]);
      expect(download.suggestedFilename()).toBe(`stance-matrix.${format.toLowerCase()}`);
      return readFileSync((await download.path())!, 'utf8');
    };
    const json = JSON.parse(await save('JSON')) as Record<string, string | null>[];
    expect(json).toHaveLength(shown);
    const uk = json.find((r) => r.actor === 'United Kingdom' && r.topic === 'Troop deployment in Ukraine')!;
    expect(uk).toMatchObject({
      stance: 'SUPPORTS',
      evidenceUrl: expect.stringMatching(new RegExp(`^${origin}/articles/[a-z0-9-]+#position-[A-Za-z0-9+/=]+$`)),
    });
    expect(Object.keys(uk)).toEqual(['actor', 'topic', 'stance', 'statement', 'quote', 'statedAt', 'article', 'articleUrl', 'evidenceUrl']);
    // Every quote is a passage of the article the evidence link leads to, and the CSV says the same, field for field.
    const { article } = await tracker.write(`query ($slug: String!) { article(slug: $slug) { title summary body } }`, {
      slug: new URL(uk.evidenceUrl!).pathname.split('/')[2],
    });
    expect(`${article.title}\n${article.summary}\n${article.body ?? ''}`).toContain(uk.quote);
    const csv = parseCsv(await save('CSV'));
    expect(csv[0]).toEqual(Object.keys(uk));
    expect(csv.slice(1)).toEqual(json.map((r) => Object.values(r).map((v) => (v === null ? '' : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v))));
  });

  it('searches from every page: "minerals" leads to the minerals-deal article, its quoted passage marked', async () => {
    await page.goto(`${origin}/topics/security-guarantees`);
    await page.getByRole('heading', { level: 1, name: 'Security guarantees for Ukraine' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('minerals');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: 'Zelensky Rejects US Minerals Deal: Insufficient Ukrainian Protection' })
      .click();
    await page.locator('article-page h1').waitFor();
    expect(new URL(page.url()).pathname).toBe('/articles/zelensky-rejects-us-minerals-deal-insufficient-ukrainian-protection');
    // The search was kept in the URL: the page it was made on, opened again, shows its results.
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('q')).toBe('minerals');
    await page.reload();
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('minerals');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: 'Zelensky Rejects US Minerals Deal: Insufficient Ukrainian Protection' })
      .waitFor();
    await page.goForward();
    await page.locator('article-page h1').waitFor();
    expect(await page.locator('article-page mark').first().textContent()).toMatch(/^Zelenskiy’s rejection of a proposed US minerals deal/);
    await page.screenshot({ path: join(SCREENSHOTS, 'article.png'), fullPage: true });
  });

  it('marks a passage that several positions quote once, with a link to each of them', async () => {
    await page.goto(`${origin}/articles/uk-military-chief-russian-support-for-putins-views-fuels-war`);
    await page.locator('article-page h1').waitFor();
    const passage = 'Radakin confirmed that the UK and France are prepared to deploy troops in Ukraine as part of these guarantees';
    const marks = await page.locator('article-page mark').allTextContents();
    expect(marks.filter((m) => m.includes(passage))).toHaveLength(1);
    for (const actor of ['United Kingdom', 'France']) {
      const link = page.getByRole('link', { name: `${actor} on Troop deployment in Ukraine` });
      const target = (await link.getAttribute('href'))!;
      expect(await page.locator(`[id="${target.slice(1)}"]`).textContent()).toContain(actor);
    }
  });

  it('passes an automated accessibility audit (axe-core, WCAG 2.1 A and AA) on every kind of page, evidence open', async () => {
    const pages = [
      ['/', 'table'],
      ['/?kind=COUNTRY&topic=security-guarantees', 'table'],
      ['/actors/giorgia-meloni', 'h1'],
      ['/topics/security-guarantees', 'h1'],
      ['/articles/zelensky-rejects-us-minerals-deal-insufficient-ukrainian-protection', 'article-page h1'],
    ] as const;
    for (const [path, ready] of pages) {
      await page.goto(`${origin}${path}`);
      await page.locator(ready).first().waitFor();
      if (path === '/') {
        await page.getByRole('button', { name: /^United Kingdom on Troop deployment in Ukraine/ }).click();
        await page.getByRole('region', { name: 'Evidence' }).waitFor();
      }
      expect(await axeViolations(page), path).toEqual([]);
    }
  });

  it('shows 25 actors, and 25 more on request: it asks only for the rows it shows', async () => {
    // Test actors, each with a position quoting the seed's UK article, so that more than 25 actors have one.
    const write = async (query: string, variables: Record<string, unknown> = {}) =>
      ((await (await api.post({ query, variables }, { headers: { authorization: `Bearer ${WRITE_TOKEN}` } })).json()) as { data: any }).data;
    const ids = await write(
      `{ topic(slug: "ceasefire") { id } article(slug: "uk-military-chief-russian-support-for-putins-views-fuels-war") { id actors { id } } }`,
    );
    const created: string[] = [];
    for (let i = 1; i <= 12; i++) {
      const { createActor } = await write(`mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { id } userErrors { message } } }`, {
        input: { name: `Zz Test Person ${String(i).padStart(2, '0')}`, kind: 'PERSON' },
      });
      created.push(createActor.actor.id);
    }
    // A position rests on an article that mentions its actor.
    const mentioned = [...ids.article.actors.map((a: { id: string }) => a.id), ...created];
    expect(
      (
        await write(`mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { userErrors { message } } }`, {
          input: { id: ids.article.id, actorIds: mentioned },
        })
      ).updateArticle.userErrors,
    ).toEqual([]);
    for (const actorId of created) {
      const { recordPosition } = await write(`mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { userErrors { message } } }`, {
        input: {
          actorId,
          topicId: ids.topic.id,
          articleId: ids.article.id,
          stance: 'NEUTRAL',
          statement: 'A test position.',
          quote: 'support a ceasefire and a just peace',
        },
      });
      expect(recordPosition.userErrors).toEqual([]);
    }
    await page.goto(`${origin}/`);
    const table = page.getByRole('table', { name: 'Stance of each actor on each topic' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(25);
    await page.getByRole('button', { name: 'Show 25 more actors' }).click();
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 5000 }).toBeGreaterThan(25);
    const names = await table.locator('tbody th').allTextContents();
    expect(names.at(-1)).toBe('Zz Test Person 12');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(await page.getByRole('button', { name: 'Show 25 more actors' }).count()).toBe(0);
  });

  it('stays within its budgets: no request leaves the server, no console error, at most 150 KB of JavaScript gzipped', () => {
    expect(tracker.foreignRequests).toEqual([]);
    expect(tracker.consoleErrors).toEqual([]);
    const scripts = readdirSync(join(WEB_DIST, 'assets')).filter((name) => name.endsWith('.js'));
    const gzipped = scripts.reduce((total, name) => total + gzipSync(readFileSync(join(WEB_DIST, 'assets', name))).length, 0);
    console.log(`tracker: ${scripts.length} script(s), ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThan(150 * 1024);
  });
});

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF), as the download writes it: rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') (rows.push([...row, field]), (row = []), (field = ''), i++);
    else field += c;
  }
  return rows;
}
