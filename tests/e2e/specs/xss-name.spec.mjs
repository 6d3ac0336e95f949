// A service named like an HTML tag is text everywhere: the editor, the page,
// the matrix notes, and every export; no element is created, no dialog opens.

import { test, expect } from '../support/fixtures.mjs';
import { download, downloadAll, openMenu, shot } from '../support/page.mjs';

test('XSS name: shown as text in the editor, matrix, read-out and exports; no img, no dialog', async ({ page, open }) => {
  const XSS = '<img src=x onerror=alert(1)>';
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss().catch(() => {}); });
  await open();
  const name = page.locator('[data-testid="services-table"] tbody.service input.name').first();
  await name.fill(XSS);
  await page.waitForTimeout(300);
  expect(await name.inputValue(), 'editor keeps the name as typed').toBe(XSS);
  const body = await page.evaluate(() => document.body.innerText);
  const count = body.split(XSS).length - 1;
  expect(count, `the name appears as text on the page (${count} times)`).toBeGreaterThanOrEqual(1);
  await expect(page.locator('img'), 'no img element').toHaveCount(0);
  await openMenu(page, 'transfer-menu');
  const csv = await download(page, 'export-csv');
  expect(csv.text.includes(XSS) || csv.text.includes(XSS.replace(/"/g, '""')), 'CSV has the name as data').toBe(true);
  const md = await download(page, 'export-md');
  expect(md.text, 'Markdown has no raw tag').not.toContain('<img');
  expect(md.text, 'Markdown has the escaped name').toContain('&lt;img');
  // The SVG export draws the same chart functions as the canvases: their
  // legends carry the name, escaped as SVG text.
  const svgs = await downloadAll(page, 'export-svg');
  expect(svgs.length, `SVG charts: ${svgs.map((f) => f.name)}`).toBeGreaterThanOrEqual(4);
  expect(svgs.some((f) => f.text.includes('<img')), 'SVG legends have no raw tag').toBe(false);
  const named = svgs.filter((f) => f.text.includes('&lt;img src=x onerror=alert(1)&gt;')).map((f) => f.name);
  expect(named.length, 'an SVG legend has the name as text').toBeGreaterThanOrEqual(1);
  console.log(`    name drawn as text in: ${named.join(', ')}`);
  await page.keyboard.press('Escape');
  // The matrix: the per-service EC2 cell's notes name the service.
  const notes = page.locator('td.cell:has([data-testid="cost-ec2-per-service"]) details.cell-notes');
  await notes.locator('summary').click();
  const notesText = await notes.textContent();
  expect(notesText, 'matrix notes show the name as text').toContain(XSS);
  await notes.scrollIntoViewIfNeeded();
  await shot(page, 'xss-name.png');
  await expect(page.locator('img'), 'still no img element').toHaveCount(0);
  expect(dialogs, 'no dialog fired').toBe(0);
});
