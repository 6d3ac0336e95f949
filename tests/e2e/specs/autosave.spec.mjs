// Autosave: an edit survives a reload of the bare address (no link).

import { test, expect } from '../support/fixtures.mjs';
import { expectText } from '../support/page.mjs';

test('autosave: an edit survives a reload without the link', async ({ page, open }) => {
  await open();
  await page.getByTestId('count-0').fill('10');
  // api 4 → 10 tasks: $287.57 (edit-count-undo-redo.spec.mjs has the arithmetic).
  await expectText(page, 'cost-fargate-single', '$287.57', 'after the edit');
  await page.waitForTimeout(100);
  await open(page, '/'); // no fragment: the autosave wins over the example
  await expectText(page, 'cost-fargate-single', '$287.57', 'restored from the autosave');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('ecs-planner/autosave/v1')));
  expect(stored.format, 'autosave format').toBe(1);
});
