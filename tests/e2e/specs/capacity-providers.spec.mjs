// A CPU-heavy and a memory-heavy service in one cluster get a capacity
// provider each (hand-computed), the verdict credits the providers, the
// placement map draws both, and the CLI agrees on every figure.

import { test, expect } from '../support/fixtures.mjs';
import { cents, matrixCents } from '../support/cli.mjs';
import { expectText, importScenario, inkShare, matrixCentsOnPage, shot, text, verdictSettled } from '../support/page.mjs';

test('a CPU-heavy and a memory-heavy service share one cluster with a capacity provider each', async ({ page, open, cli }) => {
  await open();
  // engine/tests/providers.rs: crunch on 4 c5.large ($0.085/h) and cache on
  // 2 r5.large ($0.126/h): (4 × 0.085 + 2 × 0.126) × 730 = (0.34 + 0.252) × 730
  // = 432.16 a month, in one cluster as in a cluster per service (one r5.large
  // type for both would cost 6 × 0.126 × 730 = $551.88).
  const doc = {
    version: 1, region: 'us-east-1', horizon_hours: 24, layouts: ['single', 'per-service'],
    services: [
      { name: 'crunch', cpu: 2048, memory: 1024, count: 4, network_mode: 'bridge' },
      { name: 'cache', cpu: 512, memory: 8192, count: 4, network_mode: 'bridge' },
    ],
    ec2: { instance_types: ['c5.large', 'r5.large'], strategy: ['binpack:memory'], memory_overhead_mib: 0 },
  };
  await importScenario(page, doc, 'providers.json');
  await expectText(page, 'cost-ec2-single', '$432.16', 'EC2 × single with a provider per task shape');
  await expectText(page, 'cost-ec2-per-service', '$432.16', 'EC2 × per-service, the same instances');
  await verdictSettled(page);
  const verdict = await text(page, 'verdict');
  expect(verdict, 'the layout sentence names the providers, not instance fit')
    .toContain('capacity provider per task shape (2 providers) costs the same as a cluster per service');
  expect(verdict, 'no credit to clusters for instance fit').not.toContain('gets the instance type');
  await page.getByTestId('cost-ec2-single').click();
  await page.getByTestId('chart-placement').scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
  const share = await inkShare(page, 'chart-placement');
  expect(share, `the placement map draws both providers (${(share * 100).toFixed(2)}%)`).toBeGreaterThan(0.02);
  await shot(page, 'providers-placement-1280x720.png');
  // The CLI on the same scenario: the same four figures.
  expect(await matrixCentsOnPage(page, cents), 'every matrix figure, page vs `ecs-planner simulate`').toEqual(matrixCents(await cli.simulate(doc)));
});
