// End-to-end tests of the ECS Planner web app: @playwright/test driving
// Debian's Chromium (/usr/bin/chromium) through `executablePath`; browser
// downloads stay disabled (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 at `npm ci`).
//
//   E2E_DIST=dist npx --prefix tests/e2e playwright test -c tests/e2e      every journey
//   … playwright test -c tests/e2e specs/share-link.spec.mjs               one journey
//   … playwright test -c tests/e2e -g 'share link'                         by title
//
// Each worker serves the bundle on 127.0.0.1 at a free port (support/fixtures.mjs);
// a test fails on a failed check, any console error or page error, and any
// request to a host other than 127.0.0.1. Screenshots go to tests/e2e/screenshots/;
// a screenshot of every failure, and the trace of its retry, to tests/e2e/test-results/.

import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './support/paths.mjs';

export default defineConfig({
  testDir: 'specs',
  testMatch: '*.spec.mjs',
  outputDir: 'test-results',
  globalSetup: './support/global-setup.mjs',
  // One journey per file; files run in parallel on two workers (CI has two cores).
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS) || 2,
  reporter: 'list',
  // A failed test runs once more, recording its trace (recording every test
  // costs every test time); passing only on the retry still fails
  // the run (failOnFlakyTests), so a flaky journey never goes green.
  retries: 1,
  failOnFlakyTests: true,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
    viewport: { width: 1280, height: 720 },
    locale: 'en-US',
    serviceWorkers: 'allow',
    acceptDownloads: true,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
});
