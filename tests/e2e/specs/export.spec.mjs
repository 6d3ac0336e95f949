// The exports: CSV (its option costs are the matrix's), Markdown (the verdict
// and the share link), the scenario JSON, and SVG and PNG files of every chart.

import { test, expect } from '../support/fixtures.mjs';
import { cents } from '../support/cli.mjs';
import { download, downloadAll, matrixTexts, openMenu, verdictSettled } from '../support/page.mjs';

test('export CSV (matches the matrix), Markdown (has the verdict), scenario JSON, SVG and PNG charts', async ({ page, open }) => {
  await open();
  await page.waitForSelector('[data-testid="verdict"] li:not([data-testid="verdict-pending"])');
  await verdictSettled(page);
  await openMenu(page, 'transfer-menu');
  const csv = await download(page, 'export-csv');
  const lines = csv.text.trim().split('\n');
  expect(lines[0], 'CSV header').toMatch(/^launch_type,layout,cluster/);
  const cells = await matrixTexts(page);
  for (const line of lines.slice(1, 4)) {
    const f = line.split(',');
    // Column 9 is the option's monthly cost in USD; the matrix shows it to the cent.
    expect(Math.round(Number(f[8]) * 100), `CSV ${f[0]}/${f[1]} option cost vs the matrix`).toBe(cents(cells[`cost-${f[0]}-${f[1]}`]));
  }
  const md = await download(page, 'export-md');
  const verdict = (await page.locator('[data-testid="verdict"] li').first().textContent()).trim();
  const plain = md.text.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  expect(plain, 'Markdown has the verdict').toContain(verdict);
  expect(md.text, 'Markdown has the share link').toContain('#v1=');
  const json = await download(page, 'export-json');
  expect(JSON.parse(json.text).services.length, 'scenario JSON').toBe(3);
  const svgs = await downloadAll(page, 'export-svg');
  expect(svgs.length >= 4 && svgs.every((f) => f.text.startsWith('<svg') && f.name.endsWith('.svg')), `SVG charts: ${svgs.map((f) => f.name)}`).toBe(true);
  const pngs = await downloadAll(page, 'export-png');
  expect(pngs.length, `one PNG per chart: ${pngs.map((f) => f.name)}`).toBe(await page.locator('.charts canvas').count());
  console.log(`    CSV ${lines.length - 1} rows, Markdown ${md.text.length} chars, SVG ${svgs[0].text.length} chars`);
});
