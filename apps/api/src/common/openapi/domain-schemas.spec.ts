import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The committed schemas are the libs/domain types of today: a renamed field without a regeneration fails here. */
describe('domain-schemas.json', () => {
  it('is what tools/openapi/domain-schemas.mjs generates from libs/domain now', () => {
    const root = resolve(__dirname, '../../../../..');
    const run = spawnSync(process.execPath, ['tools/openapi/domain-schemas.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  }, 60_000);
});
