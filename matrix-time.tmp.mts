import { chromium } from 'playwright-core';
const origin = process.argv[2]!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (let i = 0; i < 3; i++) {
  const started = Date.now();
  await page.goto(`${origin}/`);
  await page.getByRole('table', { name: 'Stance of each actor on each topic' }).waitFor({ timeout: 30000 });
  const rows = await page.locator('tbody tr').count();
  const cols = await page.locator('thead th').count();
  console.log(`matrix visible after ${Date.now() - started} ms: ${rows} rows, ${cols - 1} columns`);
}
await browser.close();
