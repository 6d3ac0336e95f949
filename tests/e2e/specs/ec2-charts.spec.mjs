// Every layout has an EC2 cell; choosing it draws the instances chart and the
// placement map, and the map follows the hour slider.

import { test, expect } from '../support/fixtures.mjs';
import { expectText, inkShare, shot, text } from '../support/page.mjs';

test('EC2: every layout has an EC2 cell; its instances and placement map draw and follow the slider', async ({ page, open }) => {
  await open();
  for (const layout of ['single', 'per-service', 'by-group']) {
    expect(await text(page, `cost-ec2-${layout}`), `cost-ec2-${layout} is a USD amount`).toMatch(/^\$[0-9,]+\.[0-9]{2}$/);
  }
  await page.getByTestId('cost-ec2-single').click();
  await expectText(page, 'chart-option', 'EC2 · One shared cluster', 'charts follow the EC2 cell');
  await page.getByTestId('chart-placement').scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
  for (const id of ['chart-instances', 'chart-placement']) {
    const share = await inkShare(page, id);
    console.log(`    ${id}: ${(share * 100).toFixed(1)}% of pixels drawn`);
    expect(share, `${id} draws the EC2 option (${(share * 100).toFixed(2)}%)`).toBeGreaterThan(0.02);
  }
  const slider = page.getByTestId('hour-slider');
  await slider.fill('3');
  await page.waitForTimeout(100);
  const night = await page.getByTestId('chart-placement').evaluate((c) => c.toDataURL());
  await slider.fill('12');
  await page.waitForTimeout(100);
  const noon = await page.getByTestId('chart-placement').evaluate((c) => c.toDataURL());
  expect(night !== noon, 'the placement map changes between 03:00 and 12:00 (web runs 2 vs 6 tasks)').toBe(true);
  await page.getByTestId('chart-instances').scrollIntoViewIfNeeded();
  await shot(page, 'ec2-charts-1280x720.png');
});
