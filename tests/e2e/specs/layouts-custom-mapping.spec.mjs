// Layouts can be switched off and on, and a custom service → cluster mapping
// costs the same on Fargate (clusters are free there).

import { test, expect } from '../support/fixtures.mjs';
import { expectText, shot, text } from '../support/page.mjs';

test('switch layouts, including a custom mapping', async ({ page, open }) => {
  await open();
  await page.getByTestId('layout-single').uncheck();
  await page.waitForFunction(() => !document.querySelector('[data-testid="cost-fargate-single"]'));
  await page.getByTestId('layout-custom').check();
  // Custom mapping, all on Fargate: api + web → "edge", worker → "jobs". On
  // Fargate the mapping does not change the bill: the default shop's $179.45
  // (app-shell.spec.mjs has the arithmetic).
  for (const [i, cluster] of [[0, 'edge'], [1, 'edge'], [2, 'jobs']]) {
    await page.getByTestId(`custom-cluster-${i}`).fill(cluster);
    await page.getByTestId(`custom-cluster-${i}`).press('Tab');
  }
  await expectText(page, 'cost-fargate-custom', '$179.45', 'custom layout, everything on Fargate');
  const verdict = await text(page, 'verdict');
  expect(verdict?.length ?? 0, `verdict sentences shown: ${verdict}`).toBeGreaterThan(20);
  await expectText(page, 'cost-fargate-per-service', '$179.45', 'per-service unchanged');
  await shot(page, 'layouts-1280x720.png');
});
