// A garbled, wrong-version, truncated or oversized link opens the example
// with a dismissible notice that says what happened; never a blank page.

import { test, expect } from '../support/fixtures.mjs';
import { expectText, shot } from '../support/page.mjs';

for (const [label, fragment, screenshot] of [
  ['garbled', '#v1=%%%not-a-link%%%', 'garbled-link.png'],
  ['wrong-version', '#v99=AAAA', 'wrong-version-link.png'],
  ['truncated', null, null],
  ['oversized', '#v1=' + 'A'.repeat(70000), null],
]) {
  test(`${label === 'oversized' ? 'an' : 'a'} ${label} link opens the example with a dismissible notice, no blank page`, async ({ page }) => {
    let frag = fragment;
    if (frag === null) {
      // A real link cut off halfway.
      await page.goto('/', { waitUntil: 'load' });
      await page.waitForFunction(() => location.hash.startsWith('#v1='), null, { timeout: 15_000 });
      const hash = new URL(page.url()).hash;
      frag = hash.slice(0, Math.floor(hash.length / 2));
      await page.goto('about:blank');
    }
    await page.goto('/' + frag, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="comparison-matrix"]', { timeout: 15_000 });
    const notice = page.locator('[role="alert"][data-testid="notice"]');
    await notice.first().waitFor({ timeout: 5_000 });
    const message = (await notice.first().textContent()).trim();
    expect(message, 'notice says what happened').toMatch(/could not be opened/i);
    // The default shop: $179.45 (app-shell.spec.mjs has the arithmetic).
    await expectText(page, 'fargate-monthly', '$179.45', 'the example is shown');
    if (screenshot) await shot(page, screenshot);
    await notice.first().getByRole('button').click();
    await expect(notice, 'notice dismissed').toHaveCount(0);
  });
}
