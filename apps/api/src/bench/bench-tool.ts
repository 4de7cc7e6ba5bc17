/**
 * The bench's database side, bundled beside the API (dist/apps/api/bench-tool.js) so that it runs
 * the very code the API runs:
 *   generate --url U --scale N --today D   migrate an empty database and write the large plan
 *   sql --url U --plan P --runs N [--as-of D]   time the bare SQL of the roll-up
 *   check-updates --url U --ids FILE --marker M   every acknowledged update is stored exactly once
 * Each prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { prepareDatabase } from '../database/prepare-database';
import { rollupStatement } from '../rollups/rollup.sql';
import { generateLargePlan } from './large-plan';
import { checkAcknowledgedUpdates, percentile } from './bench-checks';

function arg(name: string, fallback?: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? process.argv[index + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function generate(): Promise<unknown> {
  const url = arg('url');
  const started = Date.now();
  await prepareDatabase(url, { mode: 'production' }, {
    env: { BOUSSOLE_ADMIN_EMAIL: arg('admin-email'), BOUSSOLE_ADMIN_PASSWORD: arg('admin-password') },
  });
  const migrated = Date.now();
  const counts = await withClient(url, async (client) => {
    await client.query('BEGIN');
    const result = await generateLargePlan(client, { scale: Number(arg('scale', '1')), today: arg('today') });
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return result;
  });
  return { ...counts, migrateMs: migrated - started, generateMs: Date.now() - migrated };
}

async function sql(): Promise<unknown> {
  const url = arg('url');
  const plan = Number(arg('plan'));
  const runs = Number(arg('runs', '50'));
  const today = new Date().toISOString().slice(0, 10);
  // The very statement the route runs (one round trip), so "afresh ÷ bare SQL" compares like with like.
  const { text, values } = rollupStatement(plan, arg('as-of', '') || today, today);
  return withClient(url, async (client) => {
    const times: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const start = process.hrtime.bigint();
      await client.query(text, values);
      // The first runs warm the caches, as the API's first requests do.
      if (i >= 3) times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return { runs, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
  });
}

async function checkUpdates(): Promise<unknown> {
  const ids = JSON.parse(readFileSync(arg('ids'), 'utf8')) as number[];
  return withClient(arg('url'), (client) => checkAcknowledgedUpdates(client, ids, arg('marker')));
}

const commands: Record<string, () => Promise<unknown>> = { generate, sql, 'check-updates': checkUpdates };
const command = commands[process.argv[2] ?? ''];
if (!command) {
  console.error(`usage: bench-tool ${Object.keys(commands).join('|')} …`);
  process.exit(2);
}
command().then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
