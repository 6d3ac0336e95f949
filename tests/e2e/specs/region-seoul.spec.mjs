// Choosing ap-northeast-2 prices Fargate and EC2 from Seoul's own bundled
// rates (hand-computed below), shows Seoul's snapshot, and the CLI prints the
// same figures for the scenario the page exports.

import { test, expect } from '../support/fixtures.mjs';
import { cents, matrixCents } from '../support/cli.mjs';
import { expectText, matrixCentsOnPage, scenarioOnPage, shot, text } from '../support/page.mjs';

test('region: Seoul prices Fargate and EC2 from its own rates, with the Seoul snapshot', async ({ page, open, cli }) => {
  await open();
  const seoulOption = await page.locator('[data-testid="region"] option[value="ap-northeast-2"]').textContent();
  expect(seoulOption.includes('Asia Pacific (Seoul)') && seoulOption.includes('EC2') && seoulOption.includes('Fargate ARM'),
    `the region picker marks what is bundled for Seoul: ${seoulOption}`).toBe(true);
  const mumbaiOption = await page.locator('[data-testid="region"] option[value="ap-south-1"]').textContent();
  expect(mumbaiOption.includes('EC2') && !mumbaiOption.includes('Fargate ARM'), `ap-south-1 has EC2 but no Fargate ARM: ${mumbaiOption}`).toBe(true);
  await page.getByTestId('region').selectOption('ap-northeast-2');
  // ap-northeast-2 Fargate: 0.04656 USD/vCPU-h, 0.00511 USD/GB-h.
  //   api    4 × (0.5 × 0.04656 + 1 × 0.00511) × 730 = 4 × 0.02839 × 730 = 82.8988
  //   worker 2 × (1 × 0.04656 + 2 × 0.00511) × 730 = 2 × 0.05678 × 730 = 82.8988
  //   web    (0.25 × 0.04656 + 0.5 × 0.00511) × 94 / 24 × 730 = 0.014195 × 2859.1667 = 40.5859
  //   total  82.8988 + 82.8988 + 40.5859 = 206.3835 → $206.38
  await expectText(page, 'fargate-monthly', '$206.38', 'headline in ap-northeast-2');
  await expectText(page, 'cost-fargate-single', '$206.38', 'matrix in ap-northeast-2');
  // EC2 is costed in Seoul now (its 2025-04-04 price list is bundled).
  await page.getByTestId('cost-ec2-single').waitFor({ timeout: 5_000 });
  await expect(page.locator('.notice', { hasText: 'No EC2 prices are loaded for ap-northeast-2' }),
    'no "EC2 not costed" notice where EC2 prices are bundled').toHaveCount(0);
  const snapshot = await text(page, 'price-snapshot');
  expect(snapshot.includes('Fargate 2025-11') && snapshot.includes('EC2 2025-04-04') && !snapshot.includes('EC2 2026'),
    `snapshot label for Seoul shows the Seoul EC2 price list: ${snapshot}`).toBe(true);
  // Fixed m5.large (Seoul 0.118 USD/h). The shop's tasks are awsvpc without
  // trunking: m5.large has 3 ENIs → 2 tasks per instance. One shared
  // cluster: 00–08 8 tasks (4 api + 2 web + 2 worker) → 4 instances,
  // 08–18 12 → 6, 18–24 9 → 5: 8 × 4 + 10 × 6 + 6 × 5 = 122 instance-hours a
  // day; 122 / 24 × 730 × 0.118 = 437.8783 → $437.88.
  await page.getByLabel('Search the catalogue for the cheapest instance type').uncheck();
  await page.locator('#f-ec2-types').fill('m5.large');
  await page.locator('#f-ec2-types').dispatchEvent('change');
  await expectText(page, 'cost-ec2-single', '$437.88', 'EC2 × single on m5.large in Seoul');
  await page.getByTestId('cost-ec2-single').scrollIntoViewIfNeeded();
  await shot(page, 'seoul-ec2-1280x720.png');

  // The CLI on the scenario the page exports: the same figures, every cell.
  const scenario = await scenarioOnPage(page);
  expect(scenario.region, 'the exported scenario is the Seoul one').toBe('ap-northeast-2');
  const report = await cli.simulate(scenario);
  expect(await matrixCentsOnPage(page, cents), 'every matrix figure, page vs `ecs-planner simulate`').toEqual(matrixCents(report));
});
