// Importing an ECS task definition and a docker-compose file at once adds
// their services, with a report naming both files, what was ignored and the
// Compose figures used; after a switch the report reads in Korean.

import path from 'node:path';
import { test, expect } from '../support/fixtures.mjs';
import { FIXTURES } from '../support/paths.mjs';
import { openMenu, shot, text } from '../support/page.mjs';

test('import a task definition and a compose file: services appear, with a report in both languages', async ({ page, open }) => {
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
  // cart reserves 0.25 CPU (256 units) under a 0.5 limit (512): reservations win.
  expect(report, 'the Compose report names the field and both figures')
    .toContain('services.cart: deploy.resources.reservations.cpus (256 CPU units) used for placement, not deploy.resources.limits.cpus (512)');
  await page.getByTestId('import-report').scrollIntoViewIfNeeded();
  await shot(page, 'import-report.png');
  // The report is typed: after a language switch it is shown again, in Korean,
  // with the same paths and figures.
  await page.getByTestId('lang-ko').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ko', null, { timeout: 5_000 });
  await page.getByTestId('import-report').waitFor({ timeout: 5_000 });
  const korean = await text(page, 'import-report');
  expect(/무시함/.test(korean) && /확인 필요/.test(korean), `Korean section titles: ${korean.slice(0, 300)}`).toBe(true);
  expect(korean, 'the Compose line in Korean')
    .toContain('services.cart: 배치 기준은 deploy.resources.reservations.cpus 값(256 CPU 단위)이고 deploy.resources.limits.cpus 값(512)은 쓰지 않았습니다.');
  expect(korean, 'no English Compose line left after the switch').not.toContain('used for placement');
  await page.getByTestId('import-report').scrollIntoViewIfNeeded();
  await shot(page, 'import-report-ko.png');
  await page.getByTestId('lang-en').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5_000 });
});
