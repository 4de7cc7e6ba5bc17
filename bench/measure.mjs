// Every measure of DESIGN §7 on one scale of the large plan, on the API in production mode.
import { rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportsLoad } from './exports.mjs';
import { readLoad } from './load.mjs';
import { dashboardRender } from './render.mjs';
import { answerSizes, freshness, rollupAfresh } from './rollup.mjs';
import { benchTool, counter, login, peakMemoryMb, startApi, stop } from './support.mjs';
import { actionPool, pacedWriter, updateLoad } from './writes.mjs';

const log = (message) => console.log(`\n▶ ${message}`);

/** A measure that fails (a route missing, the browser absent) is reported as null, not the whole run. */
async function attempt(what, measure) {
  try {
    return await measure();
  } catch (error) {
    console.error(`${what}: ${error instanceof Error ? error.message : error}`);
    return null;
  }
}

export async function measureScale({ url, generation, admin, seconds, updateSeconds }) {
  const planId = generation.planId;
  const out = { generation };
  const x = `×${generation.actions / 2000}`;
  // The files first, on the large plan as generated (the loads below add some 15,000 status
  // updates, which the workbook would carry too), by an API process of their own: its high-water
  // mark is that of the files, and the loads' is not raised by them.
  log(`${x}: exports: xlsx, PDF briefing, import dry run`);
  const files = await startApi(url);
  try {
    const token = await login(files.base, admin.email, admin.password);
    out.exports = await attempt('exports', () => exportsLoad(files.base, token, planId));
    out.exportsMemoryMb = await peakMemoryMb(files.child.pid);
  } finally {
    await stop(files.child);
  }
  const api = await startApi(url);
  const rollupUrl = `${api.base}/api/plans/${planId}/rollup`;
  const marker = (what) => `bench-${what}-${Date.now()}`;
  try {
    const token = await login(api.base, admin.email, admin.password);
    log(`${x}: roll-up at 50 clients, then with ?asOf=`);
    out.rollup = await readLoad(rollupUrl, token, { seconds });
    out.rollupAsOf = await readLoad(`${rollupUrl}?asOf=2026-06-30`, token, { seconds });
    out.sizes = await answerSizes(api.base, token, planId);
    log(`${x}: filtered action page of 50 at 50 clients`);
    out.actions = await readLoad(`${api.base}/api/actions?plan=${planId}&status=late,at_risk&sort=-dueDate&pageSize=50`, token, { seconds });

    const pool = actionPool(await allActions(api.base, token, planId));
    log(`${x}: roll-up at 50 clients while 50 status updates per second land`);
    // In a review the people who read are not the ones who write: the readers have a session of their own.
    const readerToken = await login(api.base, admin.email, admin.password);
    out.mixed = await mixedLoad(api.base, { writer: token, reader: readerToken }, pool, rollupUrl, { seconds, marker: marker('paced') });
    log(`${x}: roll-up computed afresh after a write, one client, and the bare SQL`);
    // The bare SQL just before, on the same idle API: the two figures divided are of the same moment.
    out.rollupSql = await benchTool('sql', '--url', url, '--plan', String(planId), '--runs', '30');
    out.rollupAsOfSql = await benchTool('sql', '--url', url, '--plan', String(planId), '--runs', '30', '--as-of', '2026-06-30');
    out.afresh = await rollupAfresh(api.base, token, pool, planId, { runs: 30, marker: marker('afresh') });
    log(`${x}: status updates, 50 writers for ${updateSeconds} s`);
    out.updates = await throughput(api.base, token, pool, url, { seconds: updateSeconds, marker: marker('load') });
    log(`${x}: freshness through a second replica`);
    out.freshness = await attempt('freshness', () => twoReplicas(url, api, token, pool, planId, marker('fresh')));
    out.memoryMb = await peakMemoryMb(api.child.pid);
    log(`${x}: dashboard first render in Chromium`);
    out.render = await attempt('render', () => dashboardRender(api.base, planId, admin.email, admin.password));
  } finally {
    await stop(api.child);
  }
  return out;
}

/**
 * The roll-up's read load with a paced writer beside it, each with its own session (so the
 * readers are not owed their own writes: the read cache may answer them with the previous answer
 * while it recomputes). The counters say how often it recomputed and how many answers were the
 * previous one (these include the warm-up's).
 */
async function mixedLoad(base, tokens, pool, rollupUrl, { seconds, marker }) {
  const computedBefore = await counter(base, 'boussole_rollup_computations_total');
  const staleBefore = await counter(base, 'boussole_read_cache_stale_total');
  const readers = { done: false };
  // The writer runs through the readers' warm-up too (readLoad's 2 s), and stops with them.
  const writing = pacedWriter(base, tokens.writer, pool, { perSecond: 50, seconds: seconds + 5, marker, until: readers });
  const read = await readLoad(rollupUrl, tokens.reader, { seconds });
  readers.done = true;
  const { acknowledged, ...writes } = await writing;
  const computed = (await counter(base, 'boussole_rollup_computations_total')) - computedBefore;
  const staleAnswers = (await counter(base, 'boussole_read_cache_stale_total')) - staleBefore;
  console.log(`  p95 ${read.p95} ms, ${read.requests} reads, ${computed} roll-ups computed, ${staleAnswers} previous answers served while recomputing`);
  return { ...read, writes: { ...writes, acknowledged: acknowledged.length }, rollupComputations: computed, staleAnswers };
}

/** 50 writers in a closed loop, then "none lost": every acknowledged update stored exactly once. */
async function throughput(base, token, pool, url, { seconds, marker }) {
  const updates = await updateLoad(base, token, pool, { seconds, marker });
  const idsFile = resolve(`.data-bench-ids.json`);
  await writeFile(idsFile, JSON.stringify(updates.acknowledged));
  try {
    const check = await benchTool('check-updates', '--url', url, '--ids', idsFile, '--marker', marker);
    return { ...updates, acknowledged: updates.acknowledged.length, check };
  } finally {
    await rm(idsFile, { force: true });
  }
}

async function twoReplicas(url, a, token, pool, planId, marker) {
  const b = await startApi(url);
  try {
    return await freshness(a, b, token, pool, planId, { samples: 20, marker });
  } finally {
    await stop(b.child);
  }
}

async function allActions(base, token, planId) {
  const actions = [];
  for (let page = 1; ; page++) {
    const response = await fetch(`${base}/api/actions?plan=${planId}&pageSize=200&page=${page}`, { headers: { authorization: `Bearer ${token}` } });
    const items = await response.json();
    actions.push(...items.map((a) => ({ id: a.id, version: a.version, regional: a.regional, effectiveStatus: a.effectiveStatus })));
    if (items.length < 200) return actions;
  }
}
