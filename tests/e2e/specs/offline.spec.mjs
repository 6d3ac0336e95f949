// Offline: after one visit the service worker has cached the app; with the
// server stopped, a reload renders the same figures.

import { test, expect } from '../support/fixtures.mjs';
import { DIST } from '../support/paths.mjs';
import { serve } from '../support/server.mjs';
import { matrixTexts, shot } from '../support/page.mjs';

test('offline: after one visit, stop the server, reload: the app renders the same figures', async ({ page, open }) => {
  // Its own server (the worker's one serves the other journeys), stopped below.
  const own = await serve(DIST);
  try {
    await open(page, own.base);
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      const ctl = navigator.serviceWorker.controller;
      if (!reg || !reg.active || !ctl || ctl.state !== 'activated' || reg.installing || reg.waiting) return false;
      // Everything this page loaded is in the worker's cache.
      const wanted = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.startsWith(location.origin));
      wanted.push(location.href.split('#')[0]);
      for (const url of wanted) if (!(await caches.match(url, { ignoreSearch: false }))) return false;
      return wanted.some((u) => u.endsWith('.wasm'));
    }, null, { timeout: 20_000, polling: 250 });
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
  } finally {
    await own.close();
  }
});
