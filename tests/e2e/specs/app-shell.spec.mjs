// The default shop (examples/shop.json) on first load: the Fargate headline and
// matrix figure hand-computed, the price snapshot, three services, and every
// matrix figure as `ecs-planner simulate` prints it for the same file.

import { test, expect } from '../support/fixtures.mjs';
import { cents, matrixCents } from '../support/cli.mjs';
import { expectText, matrixCentsOnPage, shot, text } from '../support/page.mjs';

test('app shell: Fargate monthly cost of the default shop, price snapshot, no errors', async ({ page, open, cli }) => {
  await open();
  // us-east-1 Fargate Linux/x86: 0.04048 USD per vCPU-hour, 0.004445 USD per
  // GB-hour; a month is 730 h; the horizon is one week of 24-hour profiles, so
  // a service's monthly figure is its daily task-hours / 24 × 730.
  //   api    4 × (0.5 × 0.04048 + 1 × 0.004445) × 730 = 4 × 0.024685 × 730 = 72.0802
  //   web    8 h × 2 + 10 h × 6 + 6 h × 3 = 94 task-hours a day;
  //          (0.25 × 0.04048 + 0.5 × 0.004445) × 94 / 24 × 730 = 0.0123425 × 2859.1667 = 35.2893
  //   worker 2 × (1 × 0.04048 + 2 × 0.004445) × 730 = 2 × 0.04937 × 730 = 72.0802
  //   total  72.0802 + 35.2893 + 72.0802 = 179.4497
  await expectText(page, 'fargate-monthly', '$179.45', 'headline Fargate monthly cost');
  await expectText(page, 'cost-fargate-single', '$179.45', 'matrix Fargate × single');
  const snapshot = await text(page, 'price-snapshot');
  expect(snapshot, 'snapshot label shows the Fargate date and source').toMatch(/Fargate 2025-11 \(AWS Fargate pricing page/);
  expect(snapshot, 'snapshot label shows the EC2 date').toMatch(/EC2 2026-07-20/);
  await expect(page.locator('[data-testid="services-table"] tbody.service'), 'services in the default workload').toHaveCount(3);
  await shot(page, 'shell-1280x720.png');

  // The CLI on the same file prints the same six figures, to the cent
  // (EC2 included: its instance search is the engine's, on both sides).
  const report = await cli.simulate('examples/shop.json');
  expect(matrixCents(report)['cost-fargate-single'], 'the CLI agrees with the hand computation').toBe(17945);
  expect(await matrixCentsOnPage(page, cents), 'every matrix figure, page vs `ecs-planner simulate`').toEqual(matrixCents(report));
});
