// The Content-Security-Policy is in force (no inline script, no remote
// connection) with no violation on a normal load; the manifest is served.

import { test, expect } from '../support/fixtures.mjs';

test('CSP in force, no violations; manifest linked', async ({ page, open, problems }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await open();
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content || '');
  expect(/connect-src 'self'/.test(csp) && /script-src 'self' 'wasm-unsafe-eval' 'sha256-/.test(csp), `CSP: ${csp}`).toBe(true);
  // plotters measures text with a styled <span>: style attributes only.
  const scriptSrc = (csp.match(/script-src[^;]*/) || [''])[0];
  expect(scriptSrc, 'no unsafe-inline for scripts').not.toMatch(/unsafe-inline/);
  const blocked = await page.evaluate(async () => {
    try { await fetch('http://example.com/'); return 'allowed'; } catch (e) { return 'blocked'; }
  });
  expect(blocked, 'a remote fetch is refused by the CSP').toBe('blocked');
  // The refused fetch logs a CSP error by design: only that one is expected.
  await page.waitForTimeout(50);
  for (let i = problems.length - 1; i >= 0; i--) if (/example\.com/.test(problems[i])) problems.splice(i, 1);
  const unexpected = violations.filter((v) => !/example\.com/.test(v));
  expect(unexpected, 'CSP violations').toEqual([]);
  const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.href || '');
  const res = await page.evaluate(async (u) => (await fetch(u)).status, manifest);
  expect(res, 'manifest served').toBe(200);
});
