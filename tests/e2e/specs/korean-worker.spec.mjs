// A big scenario simulated in the Web Worker renders its verdict in the
// page's language, and again on every switch, with the same figures.

import { test, expect } from '../support/fixtures.mjs';
import { dollars } from '../support/page.mjs';

test.use({ locale: 'ko-KR' });

test('a big scenario simulated in the worker follows the language switch too', async ({ page, open }) => {
  test.setTimeout(120_000);
  await open();
  // 2,000 api tasks: over the worker's 40,000 task-hours (2,000 × 168).
  await page.getByTestId('count-0').fill('2000');
  const inWorker = async (lang) => {
    await page.waitForFunction((want) => {
      const li = document.querySelector('[data-testid="verdict"] li');
      return li && !document.querySelector('[data-testid="verdict-pending"]') && li.textContent.startsWith(want);
    }, lang === 'ko' ? '최저 비용: ' : 'Cheapest: ', { timeout: 30_000, polling: 200 });
    return page.locator('[data-testid="verdict"] li').allTextContents();
  };
  const ko = await inWorker('ko');
  const timings = await page.evaluate(() => (window.__ecsPlannerTimings || []).map((t) => t.kind));
  expect(timings, 'simulated in the worker').toContain('simulate-worker');
  await page.getByTestId('lang-en').click();
  const en = await inWorker('en');
  expect(dollars(ko.join(' ')), 'the worker\'s verdict figures in both languages').toEqual(dollars(en.join(' ')));
  await page.getByTestId('lang-ko').click();
  expect(await inWorker('ko'), 'Korean again from the worker').toEqual(ko);
});
