// Helpers over the app's page: reading test ids, waiting for a figure,
// screenshots, canvas ink, downloads, menus, and the language checks.

import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import { SCREENSHOTS } from './paths.mjs';

/** The trimmed text of the first element with `testid`. */
export async function text(page, testid) {
  return (await page.getByTestId(testid).first().textContent())?.trim();
}

/** Waits until element `testid` shows exactly `expected` (the app
 * re-simulates on every input; the wait only absorbs scheduling). */
export async function expectText(page, testid, expected, what, timeout = 5_000) {
  try {
    await page.waitForFunction(
      ([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent.trim() === want,
      [testid, expected],
      { timeout, polling: timeout > 5_000 ? 100 : 'raf' },
    );
  } catch {
    const shown = await page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent.trim(), testid);
    expect(shown, what).toBe(expected);
  }
}

/** A screenshot of the viewport, as tests/e2e/screenshots/NAME. */
export async function shot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, name);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`    screenshot: ${path.relative(process.cwd(), file)}`);
  return file;
}

/** Share of a canvas's pixels that differ from its corner (background) pixel. */
export async function inkShare(page, testid) {
  return page.evaluate((id) => {
    const c = document.querySelector(`[data-testid="${id}"]`);
    if (!c || !c.width || !c.height) return 0;
    const ctx = c.getContext('2d');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const [r0, g0, b0] = [data[0], data[1], data[2]];
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r0) + Math.abs(data[i + 1] - g0) + Math.abs(data[i + 2] - b0) > 30) ink++;
    }
    return ink / (c.width * c.height);
  }, testid);
}

/** Texts of every matrix cost cell, by test id. */
export async function matrixTexts(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-testid^="cost-"]')].map((e) => [e.dataset.testid, e.textContent.trim()]),
    ),
  );
}

/** Waits until the address bar holds a share link different from `before`. */
export async function linkAfter(page, before) {
  await page.waitForFunction((b) => location.hash.startsWith('#v1=') && location.href !== b, before, { timeout: 5_000 });
  return page.url();
}

/** The one file a click on `testid` downloads: `{ name, text }`. */
export async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Every file one click downloads (the chart exports give one per chart). */
export async function downloadAll(page, testid) {
  const files = [];
  const onDownload = (d) => files.push(d);
  page.on('download', onDownload);
  await page.getByTestId(testid).click();
  await page.waitForTimeout(1_500);
  page.off('download', onDownload);
  return Promise.all(files.map(async (f) => ({ name: f.suggestedFilename(), text: await readFile(await f.path(), 'utf8') })));
}

/** Opens the `<details>` menu `testid` unless it is open. */
export async function openMenu(page, testid) {
  const isOpen = await page.getByTestId(testid).evaluate((d) => d.open);
  if (!isOpen) await page.getByTestId(testid).locator('summary').click();
}

/** Loads a scenario object through the import menu, as a user's file. */
export async function importScenario(page, scenario, name) {
  await openMenu(page, 'transfer-menu');
  await page.getByTestId('import-file').setInputFiles({
    name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)),
  });
}

/** Waits until the deferred break-even scan is in (the verdict is complete). */
export async function verdictSettled(page, timeout = 10_000) {
  await page.waitForFunction(() => !document.querySelector('[data-testid="verdict-pending"]'), null, { timeout });
}

/** The verdict's sentences once the break-even scan is in. */
export async function fullVerdict(page) {
  await page.waitForSelector('[data-testid="verdict"] li:not([data-testid="verdict-pending"])', { timeout: 10_000 });
  await verdictSettled(page);
  return page.locator('[data-testid="verdict"] li').allTextContents();
}

/** Every `$` amount in `text`, sorted (the same figures in every language). */
export function dollars(text) {
  return (text.match(/\$[0-9][0-9,]*(\.[0-9]+)?/g) || []).sort();
}

/** The page's section headings. */
export async function headings(page) {
  return page.evaluate(() => [...document.querySelectorAll('main h2')].map((h) => h.textContent.trim()));
}

/** Latin words of engine sentences that are neither identifiers, product
 * names, units nor instance types (`c6a.large`), nor the user's services. */
export function englishWords(sentences) {
  const keep = new Set(['Fargate', 'EC2', 'ECS', 'ENI', 'awsvpc', 'CPU', 'vCPU', 'GB', 'MiB', 'USD', 'Linux', 'Windows',
    'ARM', 'x86', 'Graviton', 'Spot', 'Compute', 'binpack', 'spread', 'random', 'cpu', 'memory', 'az', 'instanceId',
    'm5', 'c6i', 'api', 'web', 'worker']);
  const words = new Set();
  for (const s of sentences) {
    const bare = s.replace(/\b[a-z][a-z0-9-]*\.[0-9]*[a-z0-9]+\b/g, ' '); // instance types
    for (const w of bare.split(/[^A-Za-z0-9_]+/)) if (/[A-Za-z]/.test(w) && !keep.has(w)) words.add(w);
  }
  return [...words];
}

/** Latin words in the app's own text (headings, labels, buttons, table
 * headers, menus), minus names and units that stay as they are. The engine's
 * sentences (verdict, notes, assumptions, issues) are checked by `englishWords`. */
export async function englishLeft(page) {
  return page.evaluate(() => {
    const keep = new Set(['ECS', 'Planner', 'Fargate', 'EC2', 'CPU', 'vCPU', 'MiB', 'GB', 'USD', 'JSON', 'ENI',
      'awsvpcTrunking', 'Savings', 'Plans', 'AWS', 'YAML', 'docker', 'compose', 'ecs', 'planner', 'pricing',
      'import', 'Markdown', 'CSV', 'PNG', 'SVG', 'English', 'Ctrl', 'Shift', 'Z', 'ms', 'h', 'mo',
      'Linux', 'x86', 'ARM', 'Windows', 'list',
      // Instance families named in the burstable option (identifiers).
      't3', 't3a', 't4g',
      // ECS API values shown as they are typed (placement strategies).
      'binpack', 'spread', 'random', 'cpu', 'memory', 'attribute', 'instanceId', 'availability', 'zone']);
    // The price snapshot's date and source are data (pricing-data/), quoted as published.
    const isSnapshot = (el) => el.closest('p') && /^요금 기준:|^Prices:/.test(el.closest('p').textContent.trim());
    const skip = '.verdict, .notes, .assumptions, .issues, [data-testid="price-snapshot"], option, input, textarea, select, [data-testid="sim-time"]';
    const words = new Set();
    for (const el of document.querySelectorAll('header, main h2, main h3, th, label, button, summary, legend, .hint, .muted, caption, p')) {
      if (el.closest(skip) || isSnapshot(el)) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(' ');
      for (const w of own.split(/[^A-Za-z0-9]+/)) if (/[A-Za-z]/.test(w) && !keep.has(w)) words.add(w);
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      if (el.closest(skip)) continue;
      const t = `${el.getAttribute('aria-label') || ''} ${el.getAttribute('title') || ''}`;
      for (const w of t.split(/[^A-Za-z0-9]+/)) if (/[A-Za-z]/.test(w) && !keep.has(w)) words.add(w);
    }
    return [...words];
  });
}

/** The scenario the page holds, as its "Export scenario JSON" writes it. */
export async function scenarioOnPage(page) {
  await openMenu(page, 'transfer-menu');
  const file = await download(page, 'export-json');
  return JSON.parse(file.text);
}

/** The matrix's figures in whole cents, by test id (`cost-fargate-single`, …). */
export async function matrixCentsOnPage(page, cents) {
  const shown = await matrixTexts(page);
  return Object.fromEntries(Object.entries(shown).map(([id, t]) => [id, cents(t)]));
}

/**
 * Waits until the service worker is active and its cache holds `files`
 * (paths relative to the page) and, with `loaded`, every same-origin file
 * this page loaded (the page itself included); the offline journeys then
 * stop the server.
 */
export async function waitForOfflineCache(page, { files = [], loaded = false } = {}) {
  await page.waitForFunction(async ({ files, loaded }) => {
    const reg = await navigator.serviceWorker.getRegistration();
    if (!reg || !reg.active || reg.installing || reg.waiting) return false;
    const wanted = files.map((file) => new URL(file, location.href).href);
    if (loaded) {
      const ctl = navigator.serviceWorker.controller;
      if (!ctl || ctl.state !== 'activated') return false;
      const resources = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.startsWith(location.origin));
      if (!resources.some((u) => u.endsWith('.wasm'))) return false;
      wanted.push(...resources, location.href.split('#')[0]);
    }
    for (const url of wanted) if (!(await caches.match(url))) return false;
    return true;
  }, { files, loaded }, { timeout: 20_000, polling: 250 });
}
