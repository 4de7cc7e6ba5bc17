import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's root, from e2e/src/ops/support. */
export const ROOT = resolve(__dirname, '../../../..');

/**
 * The figures of one operations test: written to tmp/ops-report/<test>.json and logged, so that
 * the closing note can quote them whether the test passed or not.
 */
export function writeReport(test: string, figures: Record<string, unknown>): void {
  const folder = join(ROOT, 'tmp/ops-report');
  mkdirSync(folder, { recursive: true });
  const text = JSON.stringify({ test, at: new Date().toISOString(), ...figures }, null, 2);
  writeFileSync(join(folder, `${test}.json`), `${text}\n`);
  console.log(`[ops] ${test}\n${text}`);
}
