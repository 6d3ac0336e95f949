// A malformed value stays in its field as typed, is flagged next to it, and
// never crashes the page; fixing it brings the figures back.

import { test, expect } from '../support/fixtures.mjs';
import { expectText } from '../support/page.mjs';

test('invalid input is kept in the field, flagged next to it, and never crashes', async ({ page, open }) => {
  await open();
  const cpu = page.locator('[data-field="services[1].cpu"]');
  await cpu.fill('25x');
  expect(await cpu.inputValue(), 'raw text stays in the field').toBe('25x');
  await page.waitForSelector('#issue-services-1--cpu li', { timeout: 5_000 });
  expect(await cpu.getAttribute('aria-invalid'), 'aria-invalid on the bad field').toBe('true');
  await cpu.fill('256');
  // Back to the default shop: $179.45 (app-shell.spec.mjs has the arithmetic).
  await expectText(page, 'cost-fargate-single', '$179.45', 'after fixing the field');
});
