// A service row's details panel ("More") belongs to the service, not to its
// position: it follows the service through ↓ and a removal, stays open
// through a language switch, and the row ids it rides on never reach the
// scenario file.

import { test, expect } from '../support/fixtures.mjs';
import { scenarioOnPage, shot } from '../support/page.mjs';

/** Each service row in order: its name and whether its details panel shows. */
async function rows(page) {
  return page.locator('tbody.service').evaluateAll((bodies) =>
    bodies.map((b) => ({
      name: b.querySelector('input.name').value,
      open: !b.querySelector('tr.details').classList.contains('hidden'),
    })),
  );
}

const summary = (list) => list.map((r) => `${r.name}${r.open ? ' (open)' : ''}`).join(', ');

test('an open details panel follows its service through move, removal and language switch', async ({ page, open }) => {
  await open();
  const keysBefore = (await scenarioOnPage(page)).services.map((s) => Object.keys(s).sort().join(','));
  // Close the import / export menu the export opened (it would cover the rows).
  await page.getByTestId('transfer-menu').locator('summary').click();
  expect(summary(await rows(page)), 'the default shop, every panel closed').toBe('api, web, worker');
  await page.getByRole('button', { name: 'More web', exact: true }).click();
  expect(summary(await rows(page)), 'web opened').toBe('api, web (open), worker');
  // ↓ on web: it becomes the last row and its panel goes with it (by
  // position, row 2 would now be worker's, closed).
  await page.getByRole('button', { name: 'Move down web', exact: true }).click();
  await expect.poll(async () => summary(await rows(page)), { message: 'after ↓ on web' }).toBe('api, worker, web (open)');
  await expect(page.getByRole('button', { name: 'More web', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'More worker', exact: true })).toHaveAttribute('aria-expanded', 'false');
  // Remove api: web moves up to row 2, still open.
  await page.getByRole('button', { name: 'Remove api', exact: true }).click();
  await expect.poll(async () => summary(await rows(page)), { message: 'after removing api' }).toBe('worker, web (open)');
  await page.locator('tbody.service').nth(1).scrollIntoViewIfNeeded();
  await shot(page, 'services-details-follow-en-1280.png');
  // The page is rebuilt in Korean: the panel is still open on web.
  await page.getByTestId('lang-ko').click();
  await expect(page.getByRole('button', { name: 'web 더 보기', exact: true })).toHaveAttribute('aria-expanded', 'true');
  expect(summary(await rows(page)), 'in Korean').toBe('worker, web (open)');
  await page.locator('tbody.service').nth(1).scrollIntoViewIfNeeded();
  await shot(page, 'services-details-follow-ko-1280.png');
  // Undo brings api back at the top, closed, and web stays open.
  await page.getByTestId('lang-en').click();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => summary(await rows(page)), { message: 'after undo' }).toBe('api, worker, web (open)');
  // The scenario file holds what it held: the same fields per service.
  const keysAfter = (await scenarioOnPage(page)).services.map((s) => Object.keys(s).sort().join(','));
  expect(keysAfter, 'no row id in the scenario file').toEqual([keysBefore[0], keysBefore[2], keysBefore[1]]);
});
