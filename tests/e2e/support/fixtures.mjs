// The fixtures every journey uses:
//   site        this worker's static server for the bundle ({ base, close })
//   baseURL     site.base, so `page.goto('/')` opens the app
//   problems    console errors, page errors and requests off 127.0.0.1, from
//               every page of every guarded context; non-empty fails the test
//   context     the test's browser context, guarded
//   newContext  another guarded context (a second browser profile, e.g. a
//               Korean one next to an English one), closed after the test
//   open        opens the app on a page and waits for the comparison matrix
//   cli         the ECS Planner CLI on the same scenario (`simulate --format json`)

import { test as base, expect } from '@playwright/test';
import { serve } from './server.mjs';
import { DIST } from './paths.mjs';
import { cliFixture } from './cli.mjs';

/** Collects what must never happen on the page into `problems`. */
async function guard(context, problems) {
  context.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  context.on('weberror', (err) => problems.push(`page error: ${err.error().message}`));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    problems.push(`request to a non-local host: ${route.request().url()}`);
    return route.abort();
  });
}

export const test = base.extend({
  site: [
    async ({}, use) => {
      const site = await serve(DIST);
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  cli: [cliFixture, { scope: 'worker', timeout: 900_000 }],

  baseURL: async ({ site }, use) => use(site.base),
  problems: async ({}, use) => use([]),
  context: async ({ context, problems }, use) => {
    await guard(context, problems);
    await use(context);
  },
  newContext: async ({ browser, problems, site }, use) => {
    const made = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL: site.base, viewport: { width: 1280, height: 720 }, ...options });
      await guard(context, problems);
      made.push(context);
      return context;
    });
    for (const context of made) await context.close();
  },
  open: async ({ page }, use) => {
    await use(async (on = page, where = '/') => {
      await on.goto(where, { waitUntil: 'load' });
      await on.waitForSelector('[data-testid="comparison-matrix"]', { timeout: 15_000 });
    });
  },
  // Runs around every test: after it, nothing may have gone wrong on the page.
  noProblems: [
    async ({ problems }, use) => {
      await use();
      await new Promise((r) => setTimeout(r, 50));
      expect(problems, 'console errors, page errors or requests to a non-local host').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
