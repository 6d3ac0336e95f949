// The editor's service rows: add, duplicate, move and remove, each reflected
// in the hand-computed Fargate figure.

import { test, expect } from '../support/fixtures.mjs';
import { expectText } from '../support/page.mjs';

test('add, duplicate, reorder and remove services', async ({ page, open }) => {
  await open();
  await page.getByTestId('add-service').click();
  // A new service: 256 CPU / 512 MiB × 1 task = (0.25 × 0.04048 + 0.5 × 0.004445)
  // × 730 = 0.0123425 × 730 = 9.0100 a month; default shop 179.4497 + 9.0100
  // = 188.4597 → $188.46.
  await expectText(page, 'cost-fargate-single', '$188.46', 'after adding a 256/512 × 1 service');
  await page.getByRole('button', { name: 'Duplicate worker' }).click();
  // Another worker × 2: 2 × (1 × 0.04048 + 2 × 0.004445) × 730 = 2 × 0.04937
  // × 730 = 72.0802; 188.4597 + 72.0802 = 260.5399 → $260.54.
  await expectText(page, 'cost-fargate-single', '$260.54', 'after duplicating worker');
  const names = async () => page.locator('tbody.service input.name').evaluateAll((els) => els.map((e) => e.value));
  expect((await names()).join(','), 'order after add + duplicate').toBe('api,web,worker,worker-copy,service');
  await page.getByRole('button', { name: 'Move up service' }).click();
  expect((await names()).join(','), 'order after move up').toBe('api,web,worker,service,worker-copy');
  await page.getByRole('button', { name: 'Remove worker-copy' }).click();
  await page.getByRole('button', { name: 'Remove service' }).click();
  // Back to the default shop: $179.45 (app-shell.spec.mjs has the arithmetic).
  await expectText(page, 'cost-fargate-single', '$179.45', 'back to the default after removing both');
});
