// The roll-up's own measures: its answer's size, a roll-up computed afresh after a write, and the
// freshness of one replica's figures after a write through another.
import { postUpdate } from './writes.mjs';
import { counter, percentile } from './support.mjs';

const round = (ms) => Math.round(ms * 10) / 10;

/** Bytes of an answer as sent to a client that does not accept gzip; null when the route is missing. */
async function answerBytes(url, token) {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' } });
  const bytes = (await response.arrayBuffer()).byteLength;
  return response.ok ? bytes : null;
}

export async function answerSizes(base, token, planId) {
  return {
    rollupBytes: await answerBytes(`${base}/api/plans/${planId}/rollup`, token),
    explainPlanBytes: await answerBytes(`${base}/api/plans/${planId}/rollup/explain?node=plan&pageSize=50`, token),
  };
}

/**
 * One client, `runs` times: a status update, then the next roll-up read, which must compute the
 * figures again (the write ended the read cache, and the same session is owed its own write: no
 * previous answer for it). The roll-up counter of /api/metrics says how many of those reads computed.
 */
export async function rollupAfresh(base, token, pool, planId, { runs = 30, marker }) {
  const times = [];
  const computedBefore = await counter(base, 'boussole_rollup_computations_total');
  for (let i = 0; i < runs + 3; i++) {
    const action = pool.actions[(i * 7919) % pool.actions.length];
    await postUpdate(base, token, pool, action.id, { status: 'on_track', progress: (i * 13) % 100, narrative: `${marker} ${i}` });
    const t0 = performance.now();
    const response = await fetch(`${base}/api/plans/${planId}/rollup`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' } });
    await response.arrayBuffer();
    // The first runs warm the process, as the bare SQL's first runs warm its caches.
    if (i >= 3) times.push(performance.now() - t0);
  }
  const computed = (await counter(base, 'boussole_rollup_computations_total')) - computedBefore;
  return { runs, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), computed };
}

/** The figures a person reads on the dashboard: the plan's progress, health and counts by status. */
async function planFigures(base, token, planId) {
  const response = await fetch(`${base}/api/plans/${planId}/rollup`, { headers: { authorization: `Bearer ${token}` } });
  const { plan } = await response.json();
  return JSON.stringify([plan.progress, plan.health, plan.counts]);
}

/**
 * Freshness between two replicas: a status update through A that moves an action from "on track"
 * to "at risk" (so the plan's counts change), then B's roll-up polled every 10 ms until its figures
 * change. B learns of A's write by PostgreSQL NOTIFY only. A sample that has not changed after
 * `timeoutMs` counts as `timeoutMs` and as stale. The bench's other writers only write "on track",
 * so the actions listed on track still are.
 */
export async function freshness(a, b, token, pool, planId, { samples = 20, timeoutMs = 5000, marker }) {
  const movable = pool.actions.filter((x) => !x.regional && x.effectiveStatus === 'on_track').slice(0, samples);
  const times = [];
  let stale = 0;
  for (const [i, action] of movable.entries()) {
    const before = await planFigures(b.base, token, planId);
    const t0 = performance.now();
    const written = await postUpdate(a.base, token, pool, action.id, { status: 'at_risk', progress: 50, narrative: `${marker} ${i}` });
    if (written.status !== 201) throw new Error(`freshness: the update answered ${written.status}`);
    let ms;
    for (;;) {
      ms = performance.now() - t0;
      if ((await planFigures(b.base, token, planId)) !== before) break;
      if (ms > timeoutMs) {
        stale += 1;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    times.push(ms);
  }
  return { samples: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(Math.max(...times)), stale };
}
