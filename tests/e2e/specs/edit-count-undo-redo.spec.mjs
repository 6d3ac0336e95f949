// Editing a desired count re-simulates: the matrix shows the hand-computed
// figure; Ctrl+Z and Ctrl+Shift+Z undo and redo the edit.

import { test, expect } from '../support/fixtures.mjs';
import { expectText, shot } from '../support/page.mjs';

test('edit a count: the matrix changes to the hand-computed value; undo and redo', async ({ page, open }) => {
  await open();
  // Default shop: $179.45 (app-shell.spec.mjs has the arithmetic).
  await expectText(page, 'cost-fargate-single', '$179.45', 'before the edit');
  const count = page.getByTestId('count-0');
  await count.fill('10');
  // api 4 → 10 tasks: 10 × 0.024685 × 730 = 180.2005 (was 72.0802), so
  // 180.2005 + web 35.2893 + worker 72.0802 = 287.5700 → $287.57 on every
  // Fargate layout (clusters cost nothing on Fargate).
  await expectText(page, 'cost-fargate-single', '$287.57', 'Fargate × single after api 4 → 10 tasks');
  await expectText(page, 'cost-fargate-per-service', '$287.57', 'Fargate × per-service after the edit');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expectText(page, 'cost-fargate-single', '$179.45', 'after Ctrl+Z');
  expect(await count.inputValue(), 'count field after undo').toBe('4');
  await page.keyboard.press('Control+Shift+z');
  await expectText(page, 'cost-fargate-single', '$287.57', 'after Ctrl+Shift+Z');
  await shot(page, 'edited-1280x720.png');
});
