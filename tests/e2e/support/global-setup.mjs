// Fails the run at once, with one clear message, when there is no built app.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CHROMIUM, DIST } from './paths.mjs';

export default async function globalSetup() {
  const index = path.join(DIST, 'index.html');
  if (!(await stat(index).catch(() => null))?.isFile()) {
    throw new Error(`no built app in ${DIST} (run \`trunk build --release\` first, or set E2E_DIST to the bundle)`);
  }
  if (!(await stat(CHROMIUM).catch(() => null))?.isFile()) {
    throw new Error(`no Chromium at ${CHROMIUM} (scripts/setup --test installs Debian's chromium; or set CHROMIUM)`);
  }
  console.log(`serving ${DIST} (one server per worker, on 127.0.0.1)`);
}
