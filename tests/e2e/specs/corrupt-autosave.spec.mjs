// An unreadable autosave: a notice, the example, and the text kept under a
// recovery key for rescue.

import { test, expect } from '../support/fixtures.mjs';
import { expectText, shot } from '../support/page.mjs';

test('corrupt autosave: a notice, the example, the text kept for rescue', async ({ page, open }) => {
  await open();
  await page.evaluate(() => localStorage.setItem('ecs-planner/autosave/v1', '{"format":1,"scenario":[garbage'));
  await open(page, '/');
  const message = (await page.locator('[data-testid="notice"]').first().textContent()).trim();
  expect(message, 'notice').toMatch(/could not be read/);
  // The default shop: $179.45 (app-shell.spec.mjs has the arithmetic).
  await expectText(page, 'fargate-monthly', '$179.45', 'the example is shown');
  const kept = await page.evaluate(() => localStorage.getItem('ecs-planner/recovered/autosave'));
  expect(kept, 'unreadable text kept').toBe('{"format":1,"scenario":[garbage');
  await shot(page, 'corrupt-storage.png');
});
