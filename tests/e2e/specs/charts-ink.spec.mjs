// Every chart canvas draws something (its share of non-background pixels),
// at 1280 px and at a 768 px tablet width.

import { test, expect } from '../support/fixtures.mjs';
import { inkShare, shot } from '../support/page.mjs';

test('every chart canvas has ink, at 1280 and at 768 px wide', async ({ page, open }) => {
  await open();
  const ids = await page.locator('canvas[data-testid]').evaluateAll((els) => els.map((e) => e.dataset.testid));
  expect(ids.length, `at least four charts, found ${ids.join(', ')}`).toBeGreaterThanOrEqual(4);
  for (const id of ids) {
    await page.getByTestId(id).scrollIntoViewIfNeeded();
    const share = await inkShare(page, id);
    console.log(`    ${id}: ${(share * 100).toFixed(1)}% of pixels drawn`);
    expect(share, `${id} is blank (${(share * 100).toFixed(2)}% non-background pixels)`).toBeGreaterThan(0.002);
  }
  await page.getByTestId('chart-cost').scrollIntoViewIfNeeded();
  await shot(page, 'charts-1280x720.png');
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(150);
  await shot(page, 'shell-768.png');
  for (const id of ids) {
    const share = await inkShare(page, id);
    expect(share, `${id} is blank at 768 px`).toBeGreaterThan(0.002);
  }
  await page.getByTestId('comparison-matrix').scrollIntoViewIfNeeded();
  await shot(page, 'matrix-768.png');
  await page.getByTestId('chart-cost').scrollIntoViewIfNeeded();
  await shot(page, 'charts-768.png');
});
