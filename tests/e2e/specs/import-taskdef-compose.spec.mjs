// Importing an ECS task definition and a docker-compose file at once adds
// their services, with a report naming both files and what was ignored.

import path from 'node:path';
import { test, expect } from '../support/fixtures.mjs';
import { FIXTURES } from '../support/paths.mjs';
import { openMenu, shot, text } from '../support/page.mjs';

test('import a task definition and a compose file: services appear, with a report', async ({ page, open }) => {
  await open();
  await openMenu(page, 'transfer-menu');
  await page.getByTestId('import-file').setInputFiles([
    path.join(FIXTURES, 'taskdef-orders.json'),
    path.join(FIXTURES, 'compose-shop.yaml'),
  ]);
  await page.getByTestId('import-report').waitFor({ timeout: 5_000 });
  // 3 services of the example + orders (task definition) + cart and search (compose).
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="services-table"] tbody.service').length === 6, null, { timeout: 5_000 });
  const names = await page.locator('[data-testid="services-table"] tbody.service input.name').evaluateAll((els) => els.map((e) => e.value));
  for (const name of ['orders', 'cart', 'search']) expect(names, `service ${name} imported`).toContain(name);
  const report = await text(page, 'import-report');
  expect(/taskdef-orders\.json/.test(report) && /compose-shop\.yaml/.test(report), `report names both files: ${report.slice(0, 200)}`).toBe(true);
  expect(report, 'report lists what was ignored').toMatch(/Ignored/);
  await page.getByTestId('import-report').scrollIntoViewIfNeeded();
  await shot(page, 'issue7-import-report.png');
});
