// An edit survives a reload (autosave and the link in the address bar), opens
// from its link in a fresh tab with no autosave, and a broken link opens the
// example with a notice instead of crashing.

import { test, expect } from '../support/fixtures.mjs';
import { expectText } from '../support/page.mjs';

test('share link and autosave: an edit survives a reload and opens from its link in a new tab', async ({ page, open, context, problems }) => {
  await open();
  await page.getByTestId('count-0').fill('10');
  // api 4 → 10 tasks: $287.57 (edit-count-undo-redo.spec.mjs has the arithmetic).
  await expectText(page, 'cost-fargate-single', '$287.57', 'after api 4 → 10');
  await page.getByTestId('cost-ec2-single').click();
  await page.waitForTimeout(200);
  const url = page.url();
  expect(url.includes('#') && url.split('#')[1].length > 10, `the address bar holds a link: ${url}`).toBe(true);
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('[data-testid="comparison-matrix"]');
  await expectText(page, 'cost-fargate-single', '$287.57', 'after a reload (autosave / link)');
  // Tabs of one context share localStorage: clear it, so only the link counts.
  const fresh = await context.newPage();
  await fresh.addInitScript(() => localStorage.clear());
  await fresh.goto(url, { waitUntil: 'load' });
  await fresh.waitForSelector('[data-testid="comparison-matrix"]');
  await expectText(fresh, 'cost-fargate-single', '$287.57', 'the link opened in a fresh tab with no autosave');
  await expectText(fresh, 'chart-option', 'EC2 · One shared cluster', 'the link carries the chosen option');
  await fresh.close();
  expect(problems, 'errors in the tab opened from the link').toEqual([]);
  // A broken link opens the example ($179.45, app-shell.spec.mjs) with a plain notice, never a crash.
  const broken = await context.newPage();
  await broken.addInitScript(() => localStorage.clear());
  await broken.goto(url.split('#')[0] + '#s1.this-is-not-a-link', { waitUntil: 'load' });
  await broken.waitForSelector('[data-testid="comparison-matrix"]');
  await expectText(broken, 'cost-fargate-single', '$179.45', 'a broken link shows the example');
  const notice = await broken.getByTestId('notices').textContent();
  expect(notice, 'a notice explains the link').toMatch(/link/i);
  await broken.close();
});
