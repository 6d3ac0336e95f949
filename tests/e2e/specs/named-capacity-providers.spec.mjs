// A capacity provider named in the editor: add it, give it an instance type,
// bind a service to it; the matrix (hand-computed, and equal to the CLI on
// the same scenario), the placement map and the CSV export show it, in
// English and Korean; a binding the provider cannot run (an arm64 type for
// an x86_64 service) gets its message under the service, in both languages.

import { test, expect } from '../support/fixtures.mjs';
import { cents, matrixCents } from '../support/cli.mjs';
import { download, expectText, importScenario, inkShare, matrixCentsOnPage, openMenu, shot, text, verdictSettled } from '../support/page.mjs';

test('a capacity provider named in the editor runs its service: matrix, placement map, CSV, and an invalid binding\'s message in English and Korean', async ({ page, open, cli }) => {
  const t0 = Date.now();
  const at = (what) => console.log(`    ${what} after ${Date.now() - t0} ms`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await open();
  const doc = {
    version: 1, region: 'us-east-1', horizon_hours: 24, layouts: ['single', 'per-service'],
    services: [
      { name: 'crunch', cpu: 2048, memory: 1024, count: 4, network_mode: 'bridge' },
      { name: 'cache', cpu: 512, memory: 8192, count: 4, network_mode: 'bridge' },
    ],
    ec2: { instance_types: ['c5.large', 'r5.large'], strategy: ['binpack:memory'], memory_overhead_mib: 0 },
  };
  await importScenario(page, doc, 'named-providers.json');
  // Before any named provider (engine/tests/providers.rs): crunch on 4
  // c5.large ($0.085/h, one 2-vCPU task a box) and cache on 2 r5.large
  // ($0.126/h, two 8 GiB tasks in 16 GiB): (0.34 + 0.252) × 730 = $432.16.
  await expectText(page, 'cost-ec2-single', '$432.16', 'EC2 × single before any named provider');

  // Add a provider "mem" on m5.large and bind cache to it.
  await page.getByTestId('add-provider').click();
  await page.locator('#f-provider-0-name').fill('mem');
  await page.locator('#f-provider-0-name').press('Tab');
  await page.locator('#f-provider-0-type').fill('m5.large');
  await page.locator('#f-provider-0-type').press('Tab');
  await page.getByRole('button', { name: 'More cache' }).click();
  await page.getByTestId('svc-1-provider').selectOption('mem');
  // cache on "mem" = m5.large (8192 MiB registered with no overhead, so one
  // 8 GiB task a box): 4 × $0.096 = $0.384/h; crunch keeps the planner's
  // provider, 4 × c5.large at $0.085 = $0.34/h: (0.384 + 0.34) × 730 h =
  // 0.724 × 730 = $528.52, in one cluster as in a cluster per service.
  await expectText(page, 'cost-ec2-single', '$528.52', 'EC2 × single with cache on the named provider');
  await expectText(page, 'cost-ec2-per-service', '$528.52', 'EC2 × per-service, bound the same way');
  const providers = await text(page, 'cell-providers');
  expect(providers, 'the matrix cell names the provider and its type').toContain('mem (m5.large)');
  await verdictSettled(page);
  at('matrix with the named provider');

  // The CLI on the scenario the editor made: the same figures, cell by cell.
  const edited = {
    ...doc,
    services: [doc.services[0], { ...doc.services[1], capacity_provider: 'mem' }],
    ec2: { ...doc.ec2, capacity_providers: [{ name: 'mem', instance_type: 'm5.large' }] },
  };
  expect(await matrixCentsOnPage(page, cents), 'every matrix figure, page vs `ecs-planner simulate`').toEqual(matrixCents(await cli.simulate(edited)));

  // The CSV names the provider of the single cluster: "mem: 4 × m5.large".
  await openMenu(page, 'transfer-menu');
  const csv = await download(page, 'export-csv');
  const lines = csv.text.trim().split('\n');
  expect(lines[0], 'CSV header ends with the providers column').toMatch(/,capacity_providers$/);
  const single = lines.find((l) => l.startsWith('ec2,single,'));
  expect(single, 'the ec2 × single row lists the named provider with its 4 instances').toContain('mem: 4 × m5.large');
  await page.keyboard.press('Escape');
  at('CLI and CSV checked');

  // The placement map of the chosen option draws both providers' instances.
  await page.getByTestId('cost-ec2-single').click();
  await page.getByTestId('chart-placement').scrollIntoViewIfNeeded();
  await page.waitForTimeout(150);
  const share = await inkShare(page, 'chart-placement');
  expect(share, `the placement map draws both providers (${(share * 100).toFixed(2)}%)`).toBeGreaterThan(0.02);
  await shot(page, 'named-providers-placement-en-1280.png');
  await page.getByTestId('comparison-matrix').scrollIntoViewIfNeeded();
  await shot(page, 'named-providers-matrix-en-1280.png');
  await page.getByTestId('providers-editor').scrollIntoViewIfNeeded();
  await shot(page, 'named-providers-editor-en-1280.png');

  at('English screenshots');
  // An invalid binding: "mem" on m6g.large (Graviton, arm64) cannot run the
  // x86_64 cache service; the message sits under the service's binding.
  await page.locator('#f-provider-0-type').fill('m6g.large');
  await page.locator('#f-provider-0-type').press('Tab');
  const issue = page.locator('#issue-services-1--capacity_provider');
  await expect(issue, 'the binding\'s message in English').toContainText(
    'names capacity provider "mem", whose instance type m6g.large is arm64, but this service is x86_64; give the provider a x86_64 instance_type, or bind the service to another provider');
  await issue.scrollIntoViewIfNeeded();
  await shot(page, 'named-providers-invalid-en-1280.png');
  await page.setViewportSize({ width: 768, height: 900 });
  await issue.scrollIntoViewIfNeeded();
  await shot(page, 'named-providers-invalid-en-768.png');

  // Korean: the same message in Korean, then the valid binding back.
  await page.getByTestId('lang-ko').click();
  await expect(issue, 'the binding\'s message in Korean').toContainText(
    '용량 공급자 "mem"의 인스턴스 유형 m6g.large의 아키텍처는 arm64인데, 이 서비스의 아키텍처는 x86_64입니다. 해당 용량 공급자의 instance_type을 x86_64 유형으로 바꾸거나 서비스를 다른 용량 공급자에 연결하세요');
  // The switch draws the editor again, with the service's details folded.
  const more = page.locator('[data-testid="service-1"] button[aria-expanded]');
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  await issue.scrollIntoViewIfNeeded();
  await shot(page, 'named-providers-invalid-ko-768.png');
  await page.setViewportSize({ width: 1280, height: 900 });
  await issue.scrollIntoViewIfNeeded();
  await shot(page, 'named-providers-invalid-ko-1280.png');
  await page.locator('#f-provider-0-type').fill('m5.large');
  await page.locator('#f-provider-0-type').press('Tab');
  await expect(issue, 'no message once the provider runs x86_64 again').toHaveCount(0);
  await page.waitForFunction(() => (document.querySelector('[data-testid="cell-providers"]')?.textContent ?? '').includes('직접 지정한 용량 공급자'), null, { timeout: 5_000 });
  await expectText(page, 'cost-ec2-single', '$528.52', 'the same figure in Korean');
  await page.getByTestId('providers-editor').scrollIntoViewIfNeeded();
  await shot(page, 'named-providers-editor-ko-1280.png');
  await page.getByTestId('chart-placement').scrollIntoViewIfNeeded();
  await page.waitForTimeout(150);
  await shot(page, 'named-providers-placement-ko-1280.png');
  await page.getByTestId('comparison-matrix').scrollIntoViewIfNeeded();
  await shot(page, 'named-providers-matrix-ko-1280.png');
  await page.setViewportSize({ width: 768, height: 900 });
  await page.getByTestId('comparison-matrix').scrollIntoViewIfNeeded();
  await shot(page, 'named-providers-matrix-ko-768.png');
  await page.getByTestId('providers-editor').scrollIntoViewIfNeeded();
  await shot(page, 'named-providers-editor-ko-768.png');
  await page.getByTestId('lang-en').click();
  await page.waitForTimeout(200);
  await shot(page, 'named-providers-editor-en-768.png');
  await page.getByTestId('comparison-matrix').scrollIntoViewIfNeeded();
  await shot(page, 'named-providers-matrix-en-768.png');
});
