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

test('keyboard: ↑ and ↓ keep the focus on the service they moved', async ({ page, open }) => {
  await open();
  const names = () => page.locator('tbody.service input.name').evaluateAll((inputs) => inputs.map((i) => i.value).join(', '));
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
  expect(await names(), 'the default shop').toBe('api, web, worker');
  // Keyboard only: focus ↑ on worker (the last row) and press Enter twice.
  await page.getByRole('button', { name: 'Move up worker', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(names, { message: 'after one ↑' }).toBe('api, worker, web');
  await expect.poll(focused, { message: 'the focus stays on worker\'s ↑' }).toBe('Move up worker');
  await page.keyboard.press('Enter');
  await expect.poll(names, { message: 'after a second ↑' }).toBe('worker, api, web');
  // worker is first: its ↑ is disabled, so its ↓ has the focus.
  await expect.poll(focused, { message: 'the focus moves to worker\'s ↓ at the top' }).toBe('Move down worker');
  await page.keyboard.press('Enter');
  await expect.poll(names, { message: 'and ↓ moves it back' }).toBe('api, worker, web');
  await expect.poll(focused, { message: 'the focus stays on worker\'s ↓' }).toBe('Move down worker');
});
