// Every control has a label, and Tab reaches the editor within a few presses.

import { test, expect } from '../support/fixtures.mjs';

test('keyboard: the editor is reachable with Tab and every input has a label', async ({ page, open }) => {
  await open();
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, button')]
      .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby') && !(el.textContent || '').trim())
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(unlabelled, 'controls without a label').toEqual([]);
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.dataset?.field === 'services[0].name');
  }
  expect(reached, 'Tab reaches the first service name within 12 presses').toBe(true);
});
