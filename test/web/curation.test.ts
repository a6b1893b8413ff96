import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, openTracker } from '../helpers/browser.js';
import { databaseKind } from '../helpers/database.js';
import { ALICE_TOKEN } from '../helpers/graphql.js';

// From a new article to a published position in the page, without GraphiQL: a curator signs in with a
// named token, reviews the suggestions an import made (by keyboard: j/k, a, e, r), corrects one by
// selecting other words of its paragraph, and on an article's page records a position from a selected
// passage, edits it and retracts it. The matrix and the queue follow what happens elsewhere live.

const DIGEST = `Curation digest

Merz Backs Ceasefire Talks
Friedrich Merz said Germany was ready to join talks with Russia only if a ceasefire held first. Analysts doubted the plan.
Read More

Zelenskyy Rejects Land Swap
Volodymyr Zelenskyy rejected any land swap with Russia, calling it a reward for aggression.
Read More

Macron Calls For Ceasefire
Emmanuel Macron called for a ceasefire, warning that Russia could not be trusted.
Read More
`;

describe.skipIf(!browserAvailable || databaseKind !== 'pglite')('curation in the tracker page', () => {
  let tracker: Awaited<ReturnType<typeof openTracker>>;
  const suggestion = async (article: string) =>
    (
      await tracker.write(
        `{ positionSuggestions(filter: { article: "${article}" }) { nodes { id status reviewedBy reason position { stance quote recordedBy } } } }`,
      )
    ).positionSuggestions.nodes[0];

  beforeAll(async () => {
    tracker = await openTracker(join(process.cwd(), 'test-results', 'curation'));
    const { importDigest } = await tracker.write(
      `mutation ($text: String!) { importDigest(input: { text: $text }) { suggestionsMade userErrors { message } } }`,
      {
        text: DIGEST,
      },
    );
    expect(importDigest).toEqual({ suggestionsMade: 3, userErrors: [] });
  }, 60_000);
  afterAll(() => tracker?.close());

  it('asks a reader to sign in before reviewing; a pasted token is kept for the tab only, and the page says who it writes as', async () => {
    const { page, origin } = tracker;
    await page.goto(`${origin}/review`);
    await page.getByText('Sign in with a named write token').waitFor();
    await page.getByRole('button', { name: 'Sign in to curate' }).click();
    await page.getByLabel('Write token').fill('not-a-token-of-this-server');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'This token is not accepted for writing.' }).waitFor();
    await page.getByLabel('Write token').fill(ALICE_TOKEN);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Writing as alice' }).waitFor();
    expect(page.url()).toBe(`${origin}/review`);
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length, document.cookie])).toEqual([1, 0, '']);
    await page.getByRole('list', { name: 'Pending suggestions' }).waitFor();
  });

  it('lists the pending suggestions with their passage marked in its paragraph, and moves with j and k', async () => {
    const { page } = tracker;
    const queue = page.getByRole('list', { name: 'Pending suggestions' });
    expect(await queue.locator(':scope > li').count()).toBe(5); // the import's three and the seed's two
    const current = () => queue.locator(':scope > li[aria-current="true"]');
    const first = await current().getAttribute('aria-label');
    await page.keyboard.press('j');
    expect(await current().getAttribute('aria-label')).not.toBe(first);
    await page.keyboard.press('k');
    expect(await current().getAttribute('aria-label')).toBe(first);
    const merz = queue.getByRole('listitem', { name: 'Friedrich Merz conditional on Talks with Russia' });
    expect(await merz.locator('.passage mark').textContent()).toBe(
      'Friedrich Merz said Germany was ready to join talks with Russia only if a ceasefire held first',
    );
    expect(await merz.locator('.passage').textContent()).toContain('Analysts doubted the plan.');
    expect(await merz.textContent()).toMatch(/confidence \d+ %/);
    await tracker.shot('queue');
  });

  it('accepts with a: the position is published under alice’s name, and an open matrix shows it without a reload', async () => {
    const { page, browser, origin } = tracker;
    const matrix = await browser.newPage();
    await matrix.goto(`${origin}/?actors=friedrich-merz`);
    await matrix.getByRole('table', { name: 'Stance of each actor on each topic' }).waitFor();
    const queue = page.getByRole('list', { name: 'Pending suggestions' });
    await queue.getByRole('listitem', { name: 'Friedrich Merz conditional on Talks with Russia' }).click();
    await page.keyboard.press('a');
    await page.getByRole('status').filter({ hasText: 'Accepted: Friedrich Merz on Talks with Russia is published.' }).waitFor();
    expect(await queue.locator(':scope > li').count()).toBe(4);
    expect(await suggestion('merz-backs-ceasefire-talks')).toMatchObject({
      status: 'ACCEPTED',
      reviewedBy: 'alice',
      position: { stance: 'CONDITIONAL', recordedBy: 'alice' },
    });
    await matrix.getByRole('button', { name: 'Friedrich Merz on Talks with Russia: Conditional; show the evidence' }).waitFor({ timeout: 5000 });
    await matrix.close();
  });

  it('rejects with r and a reason typed at the keyboard', async () => {
    const { page } = tracker;
    const queue = page.getByRole('list', { name: 'Pending suggestions' });
    await queue.getByRole('listitem', { name: 'Emmanuel Macron supports on Ceasefire' }).click();
    await page.keyboard.press('r');
    await page.keyboard.type('A warning about Russia, not a call.');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Rejected: Emmanuel Macron on Ceasefire.' }).waitFor();
    expect(await suggestion('macron-calls-for-ceasefire')).toMatchObject({
      status: 'REJECTED',
      reviewedBy: 'alice',
      reason: 'A warning about Russia, not a call.',
    });
  });

  it('corrects with e: another stance and statement, and a passage chosen by selecting words of the paragraph', async () => {
    const { page } = tracker;
    const queue = page.getByRole('list', { name: 'Pending suggestions' });
    await queue.getByRole('listitem', { name: 'Volodymyr Zelenskyy opposes on Border changes' }).click();
    await page.keyboard.press('e');
    const form = page.getByRole('form', { name: 'Correct and accept' });
    await form.getByLabel('Stance').selectOption('CONDITIONAL');
    await form.getByLabel('Statement').fill('Zelenskyy refuses to trade land for peace.');
    // The curator selects "rejected any land swap with Russia" inside the marked passage.
    const selected = await page.evaluate((words) => {
      const paragraph = document.querySelector('li[aria-current="true"] .passage')!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return true;
      }
      return false;
    }, 'rejected any land swap with Russia');
    expect(selected).toBe(true);
    await form.getByRole('button', { name: 'Use selected words' }).click();
    expect(await form.locator('q').textContent()).toBe('rejected any land swap with Russia');
    expect(await axeViolations(page), '/review with the correction form open').toEqual([]);
    await tracker.shot('correct');
    await form.getByRole('button', { name: 'Accept as corrected' }).click();
    await page.getByRole('status').filter({ hasText: 'Accepted: Volodymyr Zelenskyy on Border changes is published.' }).waitFor();
    expect((await suggestion('zelenskyy-rejects-land-swap')).position).toEqual({
      stance: 'CONDITIONAL',
      quote: 'rejected any land swap with Russia',
      recordedBy: 'alice',
    });
  });

  it('shows the server’s refusal where it applies: a suggestion decided elsewhere meanwhile', async () => {
    const { page } = tracker;
    const queue = page.getByRole('list', { name: 'Pending suggestions' });
    const item = queue.locator(':scope > li[aria-current="true"]');
    const label = (await item.getAttribute('aria-label'))!;
    const { positionSuggestions } = await tracker.write(`{ positionSuggestions(filter: { status: [PENDING] }, first: 10) { nodes { id actor { name } } } }`);
    const other = positionSuggestions.nodes.find((n: { actor: { name: string } }) => label.startsWith(n.actor.name));
    const rejected = await tracker.api.post(
      {
        query: `mutation ($id: ID!) { rejectSuggestion(input: { id: $id, reason: "Decided elsewhere." }) { userErrors { message } } }`,
        variables: { id: other.id },
      },
      { headers: { authorization: `Bearer ${ALICE_TOKEN}` } },
    );
    expect(((await rejected.json()) as { data: any }).data.rejectSuggestion.userErrors).toEqual([]);
    await page.keyboard.press('a');
    await item
      .getByRole('alert')
      .filter({ hasText: /rejected already, by alice at/ })
      .waitFor();
  });

  it('takes in suggestions made elsewhere while the queue is open', async () => {
    const { page } = tracker;
    const queue = page.getByRole('list', { name: 'Pending suggestions' });
    await page.keyboard.press('Escape');
    // Pending on the server now (the page may or may not have dropped the one decided elsewhere yet: a
    // reload an earlier event scheduled can come first, on a loaded machine).
    const pending = async () => (await tracker.write(`{ positionSuggestions(filter: { status: [PENDING] }) { totalCount } }`)).positionSuggestions.totalCount;
    const before = await pending();
    const { importDigest } = await tracker.write(`mutation ($text: String!) { importDigest(input: { text: $text }) { suggestionsMade } }`, {
      text: 'More news\n\nTrump Welcomes Minerals Deal\nDonald Trump welcomed the minerals deal with Ukraine.\nRead More\n',
    });
    expect(importDigest.suggestionsMade).toBe(1);
    await queue.getByRole('listitem', { name: 'Donald Trump supports on US–Ukraine minerals deal' }).waitFor({ timeout: 5000 });
    // The queue was reloaded: what the server holds pending, the new one in and the one decided elsewhere gone.
    expect(await pending()).toBe(before + 1);
    expect(await queue.locator(':scope > li').count()).toBe(before + 1);
  });

  it('records a position from a passage selected on an article’s page, then edits and retracts it', async () => {
    const { page, origin } = tracker;
    await page.goto(`${origin}/articles/trump-welcomes-minerals-deal`);
    await page.getByRole('heading', { name: 'Trump Welcomes Minerals Deal' }).waitFor();
    await page.evaluate((words) => {
      const text = document.querySelector('article-page .text')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode()!;
      const at = node.textContent!.indexOf(words);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, 'Donald Trump welcomed the minerals deal');
    await page.getByRole('button', { name: 'Record a position from the selected passage' }).click();
    const form = page.getByRole('form', { name: 'Record a position' });
    await form.getByLabel('Topic').selectOption({ label: 'US–Ukraine minerals deal' });
    await form.getByLabel('Stance').selectOption('SUPPORTS');
    await form.getByLabel('Statement').fill('Trump welcomes the minerals deal.');
    expect(await axeViolations(page), 'an article page with the record form open').toEqual([]);
    await form.getByRole('button', { name: 'Record position' }).click();
    const positions = page.getByRole('heading', { name: 'Positions it reports' }).locator('xpath=following-sibling::ul[1]');
    await positions.getByText('Trump welcomes the minerals deal.').waitFor();
    expect(await positions.textContent()).toContain('recorded by alice');

    await page.getByRole('button', { name: 'Edit the position of Donald Trump on US–Ukraine minerals deal' }).click();
    const edit = page.getByRole('form', { name: 'Edit the position of Donald Trump on US–Ukraine minerals deal' });
    await edit.getByLabel('Stance').selectOption('CONDITIONAL');
    await edit.getByRole('button', { name: 'Save' }).click();
    await positions.locator('.stance', { hasText: '± Conditional' }).waitFor();

    // A change made elsewhere meanwhile: the page's version is stale, and the retraction is refused in its form.
    const { positions: found } = await tracker.write(`{ positions(filter: { actor: "donald-trump", topic: "minerals-deal" }) { nodes { id version } } }`);
    const mine = found.nodes.at(-1);
    await tracker.write(`mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { userErrors { message } } }`, {
      input: { id: mine.id, expectedVersion: mine.version, statement: 'Trump welcomes the minerals deal, on conditions.' },
    });
    await page.getByRole('button', { name: 'Retract the position of Donald Trump on US–Ukraine minerals deal' }).click();
    const retract = page.getByRole('form', { name: 'Retract the position of Donald Trump on US–Ukraine minerals deal' });
    await retract.getByRole('button', { name: 'Retract' }).click();
    await retract
      .getByRole('alert')
      .filter({ hasText: /changed since you read it/ })
      .waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Retract the position of Donald Trump on US–Ukraine minerals deal' }).click();
    await page.getByRole('form', { name: 'Retract the position of Donald Trump on US–Ukraine minerals deal' }).getByRole('button', { name: 'Retract' }).click();
    await page.getByRole('heading', { name: 'Positions it reports' }).waitFor();
    await expect.poll(() => page.getByText('Trump welcomes the minerals deal, on conditions.').count(), { timeout: 5000 }).toBe(0);
  });

  it('stays within its budgets: no request leaves the server, no console error', () => {
    expect(tracker.foreignRequests).toEqual([]);
    expect(tracker.consoleErrors).toEqual([]);
  });
});
