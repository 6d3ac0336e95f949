// In a Korean browser, a field's validation message and a task-definition
// import report read in Korean (the value verbatim), and follow the switch.

import path from 'node:path';
import { test, expect } from '../support/fixtures.mjs';
import { FIXTURES } from '../support/paths.mjs';
import { expectText, openMenu, shot, text } from '../support/page.mjs';

test.use({ locale: 'ko-KR' });

test('in a Korean browser an invalid field and an import report read in Korean, and follow the switch', async ({ page, open }) => {
  await open();
  // "25x" reads as 25 with the unit "x", which a CPU field does not take.
  await page.locator('[data-field="services[1].cpu"]').fill('25x');
  await page.waitForSelector('#issue-services-1--cpu li', { timeout: 5_000 });
  const field = await page.locator('#issue-services-1--cpu li').first().textContent();
  expect(field, 'the field\'s message in Korean, the value verbatim')
    .toBe('"25x" — 알 수 없는 단위입니다: "x". CPU 단위를 정수로 입력하세요(1024 = 1 vCPU). 예: 512, "512", "0.5 vCPU", "1 vCPU"');
  const pane = await page.locator('.issues-all li').first().textContent();
  expect(pane.startsWith('services[1].cpu') && pane.includes('알 수 없는 단위입니다'), `results pane names the path, in Korean: ${pane}`).toBe(true);
  await page.locator('.issues-all').scrollIntoViewIfNeeded();
  await shot(page, 'ko-invalid-field-1280x720.png');
  await page.getByTestId('lang-en').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5_000 });
  await page.waitForSelector('#issue-services-1--cpu li', { timeout: 5_000 });
  const english = await page.locator('#issue-services-1--cpu li').first().textContent();
  expect(english, 'the same message in English after the switch').toMatch(/^"25x" — has an unknown unit "x"; give CPU units/);
  await page.getByTestId('lang-ko').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ko', null, { timeout: 5_000 });
  await page.locator('[data-field="services[1].cpu"]').fill('256');
  // The default shop: $179.45 (app-shell.spec.mjs has the arithmetic).
  await expectText(page, 'cost-fargate-single', '$179.45', 'after fixing the field');

  await openMenu(page, 'transfer-menu');
  await page.getByTestId('import-file').setInputFiles([path.join(FIXTURES, 'taskdef-orders.json')]);
  await page.getByTestId('import-report').waitFor({ timeout: 5_000 });
  const report = await text(page, 'import-report');
  for (const line of ['ECS 작업 정의에서 서비스 1개', 'orders: cpu: 512 단위(태스크 수준)', 'orders: memory: 1024 MiB(태스크 수준)',
    'orders: orders: 작업 정의에는 원하는 태스크 수가 없어 count를 1로 설정했습니다']) {
    expect(report, `import report has "${line}"`).toContain(line);
  }
  expect(report, 'no English left in the report\'s lines').not.toMatch(/task level|desired count|service\(s\)/);
  await page.getByTestId('import-report').scrollIntoViewIfNeeded();
  await shot(page, 'ko-import-report-1280x720.png');
});
