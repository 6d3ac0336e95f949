// A share link carries the scenario and the view: opened in a fresh page
// (no autosave), it shows the same matrix, chosen option and hour.

import { test, expect } from '../support/fixtures.mjs';
import { expectText, linkAfter, matrixTexts, shot, text } from '../support/page.mjs';

test('share link: edit, copy the URL, open it in a fresh page: same scenario, view and figures', async ({ page, open, context }) => {
  await open();
  const first = page.url();
  await page.getByTestId('count-0').fill('10');
  // api 4 → 10 tasks: $287.57 (edit-count-undo-redo.spec.mjs has the arithmetic).
  await expectText(page, 'cost-fargate-single', '$287.57', 'after the edit');
  await page.getByTestId('cost-ec2-per-service').click();
  await page.getByTestId('hour-slider').fill('15');
  await expectText(page, 'hour-label', await text(page, 'hour-label'), 'hour label');
  const link = await linkAfter(page, first);
  expect(link.length, `link is ${link.length} characters`).toBeLessThan(2000);
  console.log(`    share link: ${link.length} characters (3 services, view included)`);
  await page.getByTestId('copy-link').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]')?.textContent.trim(), null, { timeout: 5_000 });
  const field = page.getByTestId('link-field');
  if (await field.count()) expect(await field.inputValue(), 'fallback link field').toBe(link);
  const before = await matrixTexts(page);
  const chartOption = await text(page, 'chart-option');
  const hourLabel = await text(page, 'hour-label');
  // Tabs of one context share localStorage: the fresh page starts with it
  // empty (once, not on its reloads), so only the link counts.
  const other = await context.newPage();
  await other.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-page-started')) { sessionStorage.setItem('e2e-page-started', '1'); localStorage.clear(); }
  });
  await other.goto(link, { waitUntil: 'load' });
  await other.waitForSelector('[data-testid="comparison-matrix"]', { timeout: 15_000 });
  await expectText(other, 'cost-fargate-single', '$287.57', 'opened link: Fargate × single');
  expect(await matrixTexts(other), 'every matrix cost, text for text').toEqual(before);
  expect(await text(other, 'chart-option'), 'selected option').toBe(chartOption);
  expect(await text(other, 'hour-label'), 'hour').toBe(hourLabel);
  await expect(other.getByTestId('notice'), 'no notice for a good link').toHaveCount(0);
  await shot(other, 'link-opened.png');
  await other.close();
});
