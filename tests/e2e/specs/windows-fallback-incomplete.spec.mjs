// A Windows service in EC2 options runs on Fargate ("EC2 + Fargate for
// legacy"), priced by hand below and by the CLI; a task that fits nowhere
// leaves every option incomplete and none is ranked.

import { test, expect } from '../support/fixtures.mjs';
import { cents, matrixCents } from '../support/cli.mjs';
import { expectText, importScenario, matrixCentsOnPage, shot, text, verdictSettled } from '../support/page.mjs';

test('a Windows service on EC2 options runs on Fargate (EC2 + Fargate for legacy); a task that fits nowhere is not ranked', async ({ page, open, cli }) => {
  await open();
  // us-east-1. api 6 × 1 vCPU / 2 GB (bridge) on Fargate: 6 × (0.04048 +
  // 2 × 0.004445) = 6 × 0.04937 = 0.29622 /h. legacy 4 × Windows 2 vCPU /
  // 8 GB: 4 × (2 × 0.046552 + 8 × 0.00511175 + 2 × 0.046) = 4 × 0.225998
  // = 0.903992 /h. Fargate: (0.29622 + 0.903992) × 730 = 876.15476 → $876.15.
  // EC2 on m5.2xlarge: api fits one instance, 0.384 × 730 = 280.32, plus
  // legacy on Fargate, 0.903992 × 730 = 659.91416: 940.23416 → $940.23.
  const doc = {
    version: 1, region: 'us-east-1', horizon_hours: 24, layouts: ['single', 'per-service'],
    services: [
      { name: 'api', cpu: 1024, memory: 2048, count: 6, network_mode: 'bridge' },
      { name: 'legacy', cpu: 2048, memory: 8192, count: 4, os: 'windows' },
    ],
    ec2: { instance_types: ['m5.2xlarge'], strategy: ['binpack:cpu'] },
  };
  await importScenario(page, doc, 'mix.json');
  await expectText(page, 'cost-fargate-single', '$876.15', 'Fargate all-in');
  await expectText(page, 'cost-ec2-single', '$940.23', 'EC2 + Fargate for legacy');
  await expectText(page, 'fallback-ec2-single', 'EC2 + Fargate for legacy (Windows)', 'the EC2 cell is named for what it runs on Fargate');
  await verdictSettled(page);
  const verdict = await text(page, 'verdict');
  expect(verdict.includes('EC2 + Fargate for legacy (Windows) on one shared cluster') && verdict.includes('$659.91/month of Fargate'),
    `the verdict names the fallback and its cost: ${verdict}`).toBe(true);
  expect(await matrixCentsOnPage(page, cents), 'every matrix figure, page vs `ecs-planner simulate`').toEqual(matrixCents(await cli.simulate(doc)));
  await page.getByTestId('comparison-matrix').scrollIntoViewIfNeeded();
  await shot(page, 'fallback-1280x720.png');
  // An 8 vCPU Windows task fits no Fargate Windows size and EC2 runs no
  // Windows: every option is incomplete, none is ranked.
  const nowhere = structuredClone(doc);
  nowhere.services[1].cpu = 8192;
  nowhere.services[1].memory = 16384;
  await importScenario(page, nowhere, 'nowhere.json');
  await page.waitForFunction(() => document.querySelectorAll('.cell .badge.incomplete').length === 4, null, { timeout: 10_000 });
  await verdictSettled(page);
  const first = (await page.locator('[data-testid="verdict"] li').first().textContent()).trim();
  expect(first, 'the verdict says no option is complete').toMatch(/^No option runs the whole workload/);
  await expect(page.getByTestId('headline-cheapest'), 'no cheapest headline').toHaveCount(0);
  expect(await text(page, 'service-cost-1'), 'no Fargate figure for a service Fargate cannot run').toBe('—');
  const report = await cli.simulate(nowhere);
  expect([report.cheapest ?? null, report.options.every((o) => o.incomplete)], 'the CLI ranks none either: every option incomplete')
    .toEqual([null, true]);
  await page.getByTestId('comparison-matrix').scrollIntoViewIfNeeded();
  await shot(page, 'incomplete-1280x720.png');
});
