// A Korean browser gets the page in Korean with the same figures; switching
// to English and back keeps the figures and the edit (no re-simulation), and
// the choice is remembered across reloads.

import { test, expect } from '../support/fixtures.mjs';
import { englishLeft, expectText, headings, matrixTexts, shot, verdictSettled } from '../support/page.mjs';

test.use({ locale: 'ko-KR' });

test('a Korean browser gets the page in Korean; switch to English and back, remembered across reloads', async ({ page, open }) => {
  await open();
  expect(await page.evaluate(() => document.documentElement.lang), '<html lang> in a Korean browser').toBe('ko');
  expect(await headings(page), 'section headings in Korean').toEqual(['서비스', '클러스터 구성', 'EC2 옵션', '요금', '비교', '차트']);
  // The same hand-computed figure as in English: $179.45 (app-shell.spec.mjs has the arithmetic).
  await expectText(page, 'fargate-monthly', '$179.45', 'headline figure in Korean');
  await expectText(page, 'cost-fargate-single', '$179.45', 'matrix figure in Korean');
  const left = await englishLeft(page);
  // Service names of the example (api, web, worker) are the user's data.
  const stray = left.filter((w) => !['api', 'web', 'worker', 'shop'].includes(w));
  expect(stray, 'English words left in the app\'s own Korean text').toEqual([]);
  await shot(page, 'ko-1280x720.png');
  await page.setViewportSize({ width: 768, height: 1024 });
  await shot(page, 'ko-768.png');
  await page.setViewportSize({ width: 1280, height: 720 });

  // An edit, then the switch: same figures, no re-simulation, undo still there.
  await page.getByTestId('count-0').fill('10');
  // api 4 → 10 tasks: $287.57 (edit-count-undo-redo.spec.mjs has the arithmetic).
  await expectText(page, 'cost-fargate-single', '$287.57', 'after api 4 → 10 tasks');
  // Let the edit's deferred break-even scan (150 ms after it) finish first.
  await verdictSettled(page, 5_000);
  await page.waitForTimeout(400);
  const simulations = await page.evaluate(() => (window.__ecsPlannerTimings || []).filter((t) => /^simulate|^break-even/.test(t.kind)).length);
  const before = await matrixTexts(page);
  await page.getByTestId('lang-en').focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5_000 });
  expect((await headings(page))[0], 'English after the switch').toBe('Services');
  expect(await matrixTexts(page), 'matrix figures unchanged by the switch').toEqual(before);
  expect(await page.evaluate(() => (window.__ecsPlannerTimings || []).filter((t) => /^simulate|^break-even/.test(t.kind)).length),
    'no re-simulation on a switch (charts redraw: their words change)').toBe(simulations);
  expect(await page.getByTestId('count-0').inputValue(), 'the edit survives the switch').toBe('10');
  await shot(page, 'en-1280x720.png');
  await page.setViewportSize({ width: 768, height: 1024 });
  await shot(page, 'en-768.png');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expectText(page, 'cost-fargate-single', '$179.45', 'undo after the switch goes back to 4 tasks');

  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('[data-testid="comparison-matrix"]', { timeout: 15_000 });
  expect(await page.evaluate(() => document.documentElement.lang), 'English remembered across a reload').toBe('en');
  expect((await headings(page))[0], 'English headings after the reload').toBe('Services');
  await page.getByTestId('lang-ko').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ko', null, { timeout: 5_000 });
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('[data-testid="comparison-matrix"]', { timeout: 15_000 });
  expect((await headings(page))[0], 'Korean remembered across a reload').toBe('서비스');
});
