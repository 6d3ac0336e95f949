// Where things are: the built app, the repository, the screenshots.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = path.resolve(E2E, '../..');
/** The built app: `E2E_DIST` (relative to the current directory), else `<repo>/dist`. */
export const DIST = path.resolve(process.env.E2E_DIST || path.join(REPO, 'dist'));
export const SCREENSHOTS = path.join(E2E, 'screenshots');
export const FIXTURES = path.join(E2E, 'fixtures');
/** Debian's Chromium; never a browser downloaded by a test tool. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
