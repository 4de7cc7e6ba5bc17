// The deployment's topology on one machine, without Docker: an embedded PostgreSQL of its own, N
// replicas of the built app (dist/apps/api/main.js) and a reverse proxy in front. `npm run cluster`
// runs it (tools/cluster/cli.mjs); the fault tests start it with startCluster() and kill its parts.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDatabase } from './database.mjs';
import { freePort } from './process-tools.mjs';
import { startProxy } from './proxy.mjs';
import { createReplica } from './replica.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MAIN_JS = join(ROOT, 'dist', 'apps', 'api', 'main.js');

/**
 * Starts the database, replica 0 (which migrates and grants while the others would wait on the
 * start-up lock anyway), then the other replicas, then the proxy on `port` (0: a free one).
 * `dataDir` (default: a temporary folder removed by stop()) keeps the database between runs.
 * `log(line)` receives the replicas' output, prefixed with their index.
 */
export async function startCluster({ replicas = 3, mode = 'demo', port = 0, env = {}, dataDir, log } = {}) {
  if (!existsSync(MAIN_JS)) {
    throw new Error(`${MAIN_JS} manque : construisez d’abord l’application (npx nx run-many -t build -p api,web --outputStyle=static).`);
  }
  const temporary = !dataDir;
  const dir = dataDir ? resolve(dataDir) : await mkdtemp(join(tmpdir(), 'boussole-cluster-'));
  const database = await startDatabase(join(dir), undefined);
  const started = [];
  let proxy = null;
  let stopped = false;

  const killEverythingNow = () => {
    for (const replica of started) replica.killNow();
    database.killNow();
  };
  // A test runner that exits without calling stop() must not leave PostgreSQL or replicas behind.
  process.on('exit', killEverythingNow);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await proxy?.close();
    await Promise.all(started.map((replica) => replica.stop(15_000)));
    await database.stop();
    process.off('exit', killEverythingNow);
    if (temporary) await rm(dir, { recursive: true, force: true });
  };

  try {
    const baseEnv = {
      ...process.env,
      SCHEDULER_INTERVAL_SECONDS: '60',
      ...env,
      BOUSSOLE_MODE: mode,
      DATABASE_URL: database.appUrl,
      DATABASE_OWNER_URL: database.ownerUrl,
      DATA_DIR: join(dir, 'app'),
    };
    for (let index = 0; index < replicas; index++) {
      started.push(
        createReplica({
          index,
          port: await freePort(),
          mainJs: MAIN_JS,
          env: baseEnv,
          log: log ? (i, chunk) => chunk.toString('utf8').split('\n').filter(Boolean).forEach((line) => log(`[${i}] ${line}`)) : undefined,
        }),
      );
    }
    await started[0].start();
    await Promise.all(started.slice(1).map((replica) => replica.start()));
    proxy = await startProxy({ port, targets: started.map((replica) => replica.url) });
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }

  return {
    url: proxy.url,
    ownerUrl: database.ownerUrl,
    appUrl: database.appUrl,
    dataDir: dir,
    replicas: started.map((replica) => ({
      index: replica.index,
      url: replica.url,
      pid: replica.pid,
      kill: replica.kill,
      start: replica.start,
      output: replica.output,
    })),
    database: { pid: database.pid, kill: database.kill, start: database.start },
    stop,
  };
}
