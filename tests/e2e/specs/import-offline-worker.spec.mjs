// Task-definition and Compose imports run in the Web Worker (the page's wasm
// does not carry the importers). After one visit the service worker has the
// worker's files too, even though no worker ran on that visit: with the
// server stopped, a reloaded page still imports a Compose file.

import path from 'node:path';
import { test, expect } from '../support/fixtures.mjs';
import { DIST, FIXTURES } from '../support/paths.mjs';
import { serve } from '../support/server.mjs';
import { openMenu, shot, text, waitForOfflineCache } from '../support/page.mjs';

test('offline: a Compose file imported after a reload with the server stopped is read by the cached worker', async ({ page, open }) => {
  const own = await serve(DIST);
  try {
    await open(page, own.base);
    // The workers' files, precached at install (none was fetched by the
    // page): the import worker's three and the simulation worker's bootstrap.
    await waitForOfflineCache(page, { files: ['ecs-planner-import-worker_loader.js', 'ecs-planner-import-worker.js', 'ecs-planner-import-worker_bg.wasm', 'sim-worker.js'] });
    const fetchedWorker = await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /ecs-planner-import-worker/.test(e.name)));
    expect(fetchedWorker, 'the first visit did not start the worker (the default shop simulates on the page)').toBe(false);
    await page.waitForTimeout(1_000);
    await own.close();
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-testid="comparison-matrix"]', { timeout: 15_000 });

    await openMenu(page, 'transfer-menu');
    await page.getByTestId('import-file').setInputFiles([path.join(FIXTURES, 'compose-shop.yaml')]);
    await page.getByTestId('import-report').waitFor({ timeout: 15_000 });
    // 3 services of the example + cart and search.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="services-table"] tbody.service').length === 5, null, { timeout: 5_000 });
    const report = await text(page, 'import-report');
    expect(report, 'summary: two services from the Compose file').toContain('compose-shop.yaml: 2 service(s) from a docker-compose file');
    // cart reserves 0.25 CPU (256 units) under a 0.5 limit (512): reservations win.
    expect(report, 'the Compose report, offline')
      .toContain('services.cart: deploy.resources.reservations.cpus (256 CPU units) used for placement, not deploy.resources.limits.cpus (512)');
    await expect(page.getByTestId('import-reading'), 'the reading state is gone once the report is shown').toHaveCount(0);
    await shot(page, 'import-offline.png');
  } finally {
    await own.close();
  }
});
