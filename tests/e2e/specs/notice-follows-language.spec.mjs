// Issue #15: a notice is data, rendered when shown. A banner that appeared
// in English (a garbled link) reads in Korean after a switch to Korean, with
// nothing English left, and it is still the one banner.

import { test, expect } from '../support/fixtures.mjs';
import { expectText, shot } from '../support/page.mjs';

test('a notice shown in English reads in Korean after the language switch', async ({ page }) => {
  await page.goto('/#v1=%%%not-a-link%%%', { waitUntil: 'load' });
  await page.waitForSelector('[data-testid="comparison-matrix"]', { timeout: 15_000 });
  const notice = page.locator('[role="alert"][data-testid="notice"]');
  await notice.first().waitFor({ timeout: 5_000 });
  expect((await notice.first().textContent()).trim(), 'the notice in English').toMatch(/could not be opened/i);
  // The default shop: $179.45 (app-shell.spec.mjs has the arithmetic).
  await expectText(page, 'fargate-monthly', '$179.45', 'the example is shown');

  await page.getByTestId('lang-ko').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ko', null, { timeout: 5_000 });
  const korean = (await notice.first().textContent()).trim();
  expect(korean, 'the notice in Korean').toMatch(/^링크를 열 수 없습니다\./);
  expect(korean, 'says what is shown instead').toMatch(/대신 예제 시나리오를 표시합니다\./);
  expect(korean, 'no English left').not.toMatch(/could not be opened|is shown instead/);
  await expect(notice, 'still one notice after the switch').toHaveCount(1);
  await shot(page, 'garbled-link-ko.png');
  await notice.first().getByRole('button').click();
  await expect(notice, 'notice dismissed').toHaveCount(0);
});
