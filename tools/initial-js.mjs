// The web app's initial JavaScript, compressed (DESIGN §7: ≤ 200 kB): every script index.html loads,
// gzipped. `node tools/initial-js.mjs` prints it and fails over budget; the bench imports it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET = 200_000;

export function initialJavaScript(dir = 'dist/apps/web/browser') {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)=["']([^"']+\.js)["']/g)].map((m) => m[1]);
  const sizes = files.map((file) => ({ file, raw: readFileSync(join(dir, file)).length, gzip: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length }));
  return { files: sizes, raw: sizes.reduce((s, f) => s + f.raw, 0), gzip: sizes.reduce((s, f) => s + f.gzip, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = initialJavaScript(process.argv[2]);
  for (const f of result.files) console.log(`${f.file.padEnd(32)} ${(f.gzip / 1000).toFixed(1)} kB`);
  console.log(`Initial JavaScript, gzipped: ${(result.gzip / 1000).toFixed(1)} kB (budget ${INITIAL_JS_BUDGET / 1000} kB, DESIGN §7)`);
  if (result.gzip > INITIAL_JS_BUDGET) {
    console.error('Initial JavaScript is over budget.');
    process.exit(1);
  }
}
