// Offline: after one visit the service worker has cached the app; with the
// server stopped, a reload renders the same figures, and a big scenario is
// computed by the simulation worker from the cache.

import { test, expect } from '../support/fixtures.mjs';
import { DIST } from '../support/paths.mjs';
import { serve } from '../support/server.mjs';
import { expectText, matrixTexts, shot, text, waitForOfflineCache } from '../support/page.mjs';

test('offline: after one visit, stop the server, reload: the app renders the same figures', async ({ page, open }) => {
  // Its own server (the worker's one serves the other journeys), stopped below.
  const own = await serve(DIST);
  try {
    await open(page, own.base);
    // Everything this page loaded is in the worker's cache.
    await waitForOfflineCache(page, { loaded: true });
    // The worker's precache (after the page's "precache" message) may still be
    // writing entries: let it finish before the server goes away.
    await page.waitForTimeout(1_500);
    const before = await matrixTexts(page);
    await own.close();
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-testid="comparison-matrix"]', { timeout: 15_000 });
    const after = await matrixTexts(page);
    expect(after, 'same figures offline').toEqual(before);
    expect(Object.keys(after).length, 'matrix has cells').toBeGreaterThanOrEqual(4);
    await shot(page, 'offline-reload.png');
    // A big scenario offline: the simulation worker (the page's own wasm,
    // started by the cached sim-worker.js) computes it. 2000 api tasks:
    // $36,147.47 (big-scenario-worker.spec.mjs has the arithmetic).
    await page.getByTestId('count-0').fill('2000');
    await expectText(page, 'cost-fargate-single', '$36,147.47', 'Fargate × single for 2000 api tasks, offline', 60_000);
    expect(await text(page, 'sim-time'), 'computed by the worker, offline').toContain('background worker');
  } finally {
    await own.close();
  }
});
