/* ECS Planner service worker: after one visit the app works with no network.
 *
 * Registered by the app (persist::browser::register_service_worker) as
 * `sw.js?v=<build id>`, where the build id is the hashed wasm file name Trunk
 * wrote into index.html. A new build therefore registers a new worker URL,
 * which installs next to the old one, fills a fresh cache, takes over, and
 * deletes the old caches on activate.
 *
 * Caching:
 *  - install: precache the app shell: index.html ("./"), every same-origin
 *    file it references (the hashed .js/.wasm/.css Trunk emits), the modules
 *    those scripts import (wasm-bindgen snippets), the manifest, the icons
 *    and the Web Worker's three files (imports run in it);
 *  - the page also posts the list of everything it loaded ("precache"
 *    message), so nothing the first visit needed is missing offline;
 *  - fetch: same-origin GETs only. Hashed files (content-addressed, never
 *    change): cache first. Pages and everything else: network first, so a
 *    new build shows up on the next reload, falling back to the cache (and
 *    for pages to the cached index.html) when offline.
 * Nothing cross-origin is fetched or cached: the app makes no remote calls.
 */
'use strict';

const CACHE_PREFIX = 'ecs-planner-';
const BUILD = new URL(self.location.href).searchParams.get('v') || 'dev';
const CACHE = CACHE_PREFIX + BUILD;
const SCOPE = self.registration.scope;
// The Web Workers are started by the app, not referenced by index.html:
// precached here so that they work offline even if none ran on the first
// visit. The simulation worker's bootstrap (big scenarios; it runs the page's
// own wasm) and the import worker (every task-definition or Compose import).
// Their file names carry no hash: network first, like pages.
const WORKER_FILES = ['./sim-worker.js', './ecs-planner-import-worker_loader.js', './ecs-planner-import-worker.js', './ecs-planner-import-worker_bg.wasm'];
const SHELL = ['./', './manifest.webmanifest', './icons/icon.svg', './icons/icon-192.png', './icons/icon-512.png', ...WORKER_FILES];
// Trunk's content hash in a file name: name-<hex>.js, name-<hex>_bg.wasm, …
const HASHED = /-[0-9a-f]{8,}(_bg)?\.[a-z0-9]+$/;
const MAX_PRECACHE = 300;

function sameOrigin(url) {
  try {
    return new URL(url, SCOPE).origin === self.location.origin;
  } catch (_) {
    return false;
  }
}

function absolute(url) {
  const u = new URL(url, SCOPE);
  u.hash = '';
  return u.href;
}

/** Same-origin URLs referenced by `src`/`href` attributes of a page. */
function referencedBy(html, base) {
  const urls = [];
  for (const m of html.matchAll(/\b(?:src|href)\s*=\s*["']([^"'#]+)["']/gi)) {
    const url = new URL(m[1], base).href;
    if (sameOrigin(url)) urls.push(url);
  }
  // The module script Trunk inlines imports the hashed bundle by path.
  for (const m of html.matchAll(/\bimport\b[^'"]*["']([^"']+\.js)["']/g)) {
    const url = new URL(m[1], base).href;
    if (sameOrigin(url)) urls.push(url);
  }
  return urls;
}

/** Relative modules a script imports (e.g. ./snippets/…/inline0.js). */
function importedBy(js, base) {
  const urls = [];
  for (const m of js.matchAll(/\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const url = new URL(m[1], base).href;
    if (sameOrigin(url)) urls.push(url);
  }
  return urls;
}

async function cacheUrls(cache, urls) {
  const unique = [...new Set(urls.filter(sameOrigin).map(absolute))].slice(0, MAX_PRECACHE);
  await Promise.all(
    unique.map(async (url) => {
      try {
        const response = await fetch(url, { cache: 'no-cache' });
        if (response.ok) await cache.put(url, response);
      } catch (_) {
        /* offline or gone: runtime caching will try again */
      }
    })
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const urls = SHELL.map(absolute);
      try {
        const index = absolute('./');
        const response = await fetch(index, { cache: 'no-cache' });
        if (response.ok) {
          const html = await response.clone().text();
          await cache.put(index, response);
          const refs = referencedBy(html, index);
          urls.push(...refs);
          for (const ref of refs.filter((u) => u.endsWith('.js'))) {
            try {
              const js = await (await fetch(ref, { cache: 'no-cache' })).text();
              urls.push(...importedBy(js, ref));
            } catch (_) {
              /* cached at runtime instead */
            }
          }
        }
      } catch (_) {
        /* installing offline: keep whatever we can get */
      }
      await cacheUrls(cache, urls);
      await self.skipWaiting();
    })()
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
          .map((name) => caches.delete(name))
      );
      await self.clients.claim();
    })()
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && data.type === 'precache' && Array.isArray(data.urls)) {
    event.waitUntil(
      caches.open(CACHE).then((cache) => cacheUrls(cache, data.urls.filter((u) => typeof u === 'string')))
    );
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached =
      (await cache.match(request, { ignoreSearch: request.mode === 'navigate' })) ||
      (request.mode === 'navigate' ? await cache.match(absolute('./')) : undefined);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  const path = new URL(request.url).pathname;
  if (path.endsWith('/sw.js')) return;
  event.respondWith(HASHED.test(path) ? cacheFirst(request) : networkFirst(request));
});
