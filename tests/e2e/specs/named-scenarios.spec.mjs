// The scenarios menu, driven from the keyboard: save as, reset, open, rename, delete.

import { test, expect } from '../support/fixtures.mjs';
import { expectText, shot } from '../support/page.mjs';

test('named scenarios: save as, open, rename, delete (keyboard)', async ({ page, open }) => {
  await open();
  await page.getByTestId('count-0').fill('10');
  // api 4 → 10 tasks: $287.57 (edit-count-undo-redo.spec.mjs); the default $179.45 (app-shell.spec.mjs).
  await expectText(page, 'cost-fargate-single', '$287.57', 'after the edit');
  await page.getByTestId('scenarios-menu').locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('scenario-name').fill('Big api');
  await page.keyboard.press('Enter');
  await expectText(page, 'scenarios-status', 'Saved as \u201cBig api\u201d.', 'saved');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expectText(page, 'cost-fargate-single', '$179.45', 'reset to the example');
  await page.getByRole('button', { name: 'Open Big api' }).click();
  await expectText(page, 'cost-fargate-single', '$287.57', 'opened the saved scenario');
  await page.getByRole('button', { name: 'Rename Big api' }).click();
  await page.getByTestId('rename-input').fill('Huge api');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Open Huge api' }).waitFor({ timeout: 3_000 });
  await shot(page, 'scenarios-menu.png');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('ecs-planner/scenarios/v1')));
  expect(stored.scenarios.map((s) => s.name).join(','), 'stored names').toBe('Huge api');
  await page.getByRole('button', { name: 'Delete Huge api' }).click();
  await expect(page.locator('[data-testid="saved-scenarios"] li'), 'deleted').toHaveCount(0);
});
