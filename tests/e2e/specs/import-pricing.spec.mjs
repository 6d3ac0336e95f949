// Importing a pricing file (from `ecs-planner pricing import`) switches the
// region, prices EC2 there, shows the imported snapshot, survives a reload,
// and the CLI given the same file prints the same figures.
//
// fixtures/pricing-eu-west-1.json was made by `ecs-planner pricing import` from
// the engine's us-east-1 offer-file test fixtures relabelled to eu-west-1 (3 EC2
// types, Fargate rates): real format, made-up region data.

import path from 'node:path';
import { test, expect } from '../support/fixtures.mjs';
import { cents, matrixCents } from '../support/cli.mjs';
import { FIXTURES } from '../support/paths.mjs';
import { expectText, matrixCentsOnPage, matrixTexts, openMenu, scenarioOnPage, shot, text } from '../support/page.mjs';

test('import a pricing file: the region switches, EC2 options appear, the snapshot shows the import', async ({ page, open, cli }) => {
  await open();
  await openMenu(page, 'transfer-menu');
  const pricing = path.join(FIXTURES, 'pricing-eu-west-1.json');
  await page.getByTestId('import-file').setInputFiles(pricing);
  await page.getByTestId('import-report').waitFor({ timeout: 5_000 });
  const report = await text(page, 'import-report');
  expect(/prices for eu-west-1/.test(report) && /EC2: 3 instance types/.test(report), `report: ${report.slice(0, 300)}`).toBe(true);
  await page.waitForFunction(() => document.querySelector('[data-testid="price-snapshot"]')?.textContent.includes('imported by ecs-planner pricing import'), null, { timeout: 5_000 });
  const cells = await matrixTexts(page);
  expect(cells['cost-ec2-single'], `EC2 priced in eu-west-1: ${JSON.stringify(cells)}`).toMatch(/^\$/);
  const types = await page.locator('td.cell:has([data-testid="cost-ec2-single"])').textContent();
  expect(types, 'EC2 cell uses an imported type').toMatch(/c6g\.xlarge|m5\.large|x9z\.mega/);
  const card = await page.locator('section[aria-labelledby="h-pricing"]').textContent();
  expect(card, 'the pricing card shows the imported snapshot').toContain('imported by ecs-planner pricing import');
  await shot(page, 'pricing-import.png');

  // The CLI with the same pricing file, on the scenario the page exports.
  const scenario = await scenarioOnPage(page);
  expect(scenario.region, 'the page switched the scenario to the imported region').toBe('eu-west-1');
  const cliReport = await cli.simulate(scenario, '--pricing', pricing);
  expect(await matrixCentsOnPage(page, cents), 'every matrix figure, page vs `ecs-planner simulate --pricing`').toEqual(matrixCents(cliReport));

  // Kept in storage: a reload (autosave + stored prices) still prices EC2 there.
  await open(page, '/');
  await expectText(page, 'cost-ec2-single', cells['cost-ec2-single'], 'EC2 in eu-west-1 after a reload');
});
