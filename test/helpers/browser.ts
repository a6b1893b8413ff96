import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { DatabaseHandle } from '../../src/db/client.js';
import { Events } from '../../src/events.js';
import { DEFAULT_MANIFESTS, readManifests } from '../../src/http/persisted-operations.js';
import { webBuilt } from '../../src/http/web.js';
import { createSeededDatabase } from './database.js';
import { ALICE_TOKEN, WRITE_TOKEN } from './graphql.js';
import { serve } from './http.js';

// The tracker page in a real headless Chromium (Debian's package, driven by playwright-core), served
// by an app that takes trusted documents only, beside a second app on the same database for the
// test's own reads and writes. `.ci/run` installs Chromium; where there is none, the page's tests are
// skipped with a message saying so.

export const CHROMIUM = '/usr/bin/chromium';
export const browserAvailable = existsSync(CHROMIUM) && webBuilt();
if (!browserAvailable)
  console.warn(
    `tracker tests skipped: ${existsSync(CHROMIUM) ? 'web/dist is not built (npm run build:web)' : `no Chromium at ${CHROMIUM} (apt-get install chromium)`}`,
  );

/** The seeded tracker in a browser, with what a test checks at the end: console errors, requests that left the server. */
export async function openTracker(screenshots: string) {
  const handle: DatabaseHandle = await createSeededDatabase();
  const events = await Events.start(handle);
  const writeTokens = [WRITE_TOKEN, { name: 'alice', token: ALICE_TOKEN }];
  // Trusted documents only: the page must send its operations by the hashes of its manifest.
  const server = await serve({
    db: handle.db,
    events,
    writeTokens,
    persisted: { mode: 'only', operations: readManifests(DEFAULT_MANIFESTS, { required: true }) },
  });
  const api = await serve({ db: handle.db, writeTokens });
  const origin = new URL(server.url).origin;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => !request.url().startsWith(origin) && !request.url().startsWith('data:') && foreignRequests.push(request.url()));
  mkdirSync(screenshots, { recursive: true });
  console.log(`tracker screenshots: ${screenshots}`);
  /** Runs a query or mutation through the second app, with the unnamed write token. */
  const write = async (query: string, variables: Record<string, unknown> = {}) =>
    ((await (await api.post({ query, variables }, { headers: { authorization: `Bearer ${WRITE_TOKEN}` } })).json()) as { data: any }).data;
  return {
    handle,
    events,
    server,
    api,
    browser,
    page,
    origin,
    consoleErrors,
    foreignRequests,
    write,
    shot: (name: string) => page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true }),
    close: async () => {
      await browser.close();
      await events.close();
      await server.close();
      await api.close();
      await handle.close();
    },
  };
}

/** The violations axe-core finds on the page as it is (WCAG 2.1 A and AA), one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axe });
  return page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')})`,
    );
  });
}
