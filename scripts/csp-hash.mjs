// Trunk post_build hook: puts the sha256 of every inline <script> of the
// built index.html (Trunk's wasm loader) into its Content-Security-Policy,
// in place of the CSP_SCRIPT_HASHES placeholder, so the policy needs no
// 'unsafe-inline'. Runs on the staging dir (TRUNK_STAGING_DIR) before Trunk
// moves it to dist/; also usable by hand: node scripts/csp-hash.mjs DIR.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('csp-hash: set TRUNK_STAGING_DIR or pass the dist directory');
  process.exit(1);
}
const file = path.join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const hashes = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (/\bsrc\s*=/.test(m[1])) continue;
  hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
}
if (!html.includes('CSP_SCRIPT_HASHES')) {
  console.log('csp-hash: no placeholder (already done)');
  process.exit(0);
}
writeFileSync(file, html.replaceAll('CSP_SCRIPT_HASHES', hashes.join(' ')));
console.log(`csp-hash: ${hashes.length} inline script hash(es) in the CSP`);
