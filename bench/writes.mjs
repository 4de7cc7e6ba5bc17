// The bench's writers: every request is a real status update through the API (a 409 refreshes the
// version it carries), so each one ends the read cache as a person's update would.
import { percentile } from './support.mjs';

/** The plan's actions and the version of each, shared by every writer of a run. */
export function actionPool(actions) {
  return { actions, versions: new Map(actions.map((a) => [a.id, a.version])) };
}

/** Posts one status update; `ok` when the API acknowledged it (201), with the update's id. */
export async function postUpdate(base, token, pool, actionId, fields) {
  const response = await fetch(`${base}/api/actions/${actionId}/updates`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...fields, version: pool.versions.get(actionId) }),
  });
  if (response.status === 201) {
    const body = await response.json();
    pool.versions.set(actionId, body.action.version);
    return { status: 201, id: body.update.id };
  }
  if (response.status === 409) {
    const body = await response.json();
    pool.versions.set(actionId, body.current?.version ?? pool.versions.get(actionId));
  } else {
    await response.text();
  }
  return { status: response.status, id: null };
}

function tally() {
  return { acknowledged: [], latencies: [], conflicts: 0, failures: 0, failedStatuses: {} };
}

async function timedUpdate(base, token, pool, actionId, fields, counts) {
  const t0 = performance.now();
  // A connection refused or reset is a failed write, not the end of the bench.
  const result = await postUpdate(base, token, pool, actionId, fields).catch(() => ({ status: 'network', id: null }));
  counts.latencies.push(performance.now() - t0);
  if (result.status === 201) counts.acknowledged.push(result.id);
  else if (result.status === 409) counts.conflicts += 1;
  else {
    counts.failures += 1;
    counts.failedStatuses[result.status] = (counts.failedStatuses[result.status] ?? 0) + 1;
  }
}

function summary(counts, elapsedMs) {
  const seconds = elapsedMs / 1000;
  return {
    perSecond: Math.round(counts.acknowledged.length / seconds),
    acknowledged: counts.acknowledged,
    conflicts: counts.conflicts,
    failures: counts.failures,
    failedStatuses: counts.failedStatuses,
    seconds: Math.round(seconds * 10) / 10,
    p50: Math.round(percentile(counts.latencies, 50)),
    p95: Math.round(percentile(counts.latencies, 95)),
  };
}

/** `writers` in a closed loop for `seconds`, each on its own share of the actions: the throughput. */
export async function updateLoad(base, token, pool, { writers = 50, seconds = 20, marker }) {
  const counts = tally();
  const started = Date.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const own = pool.actions.filter((_, i) => i % writers === w);
      for (let k = 0; Date.now() < deadline; k++) {
        const fields = { status: 'on_track', progress: (k * 7 + w) % 100, narrative: `${marker} ${w}-${k}` };
        await timedUpdate(base, token, pool, own[k % own.length].id, fields, counts);
      }
    }),
  );
  return summary(counts, Date.now() - started);
}

/**
 * A paced writer: one update every 1000/perSecond ms for `seconds`, whatever the answers' latency
 * (the requests overlap when the API is slow), as the people of a review write while others read.
 * At most `perSecond` are in flight: an API that cannot keep up shows as a lower rate achieved,
 * not as an ever-growing queue. `until` ends it early (the readers are done).
 */
export async function pacedWriter(base, token, pool, { perSecond = 50, seconds, marker, until }) {
  const counts = tally();
  const inFlight = new Set();
  const started = Date.now();
  const interval = 1000 / perSecond;
  for (let k = 0; Date.now() - started < seconds * 1000 && !until?.done; k++) {
    const wait = started + k * interval - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (inFlight.size >= perSecond) await Promise.race(inFlight);
    // Actions taken in a stride, so two updates in flight are never on the same action.
    const action = pool.actions[(k * 7919) % pool.actions.length];
    const fields = { status: 'on_track', progress: k % 100, narrative: `${marker} ${k}` };
    const request = timedUpdate(base, token, pool, action.id, fields, counts).finally(() => inFlight.delete(request));
    inFlight.add(request);
  }
  const elapsed = Date.now() - started;
  await Promise.all(inFlight);
  return summary(counts, elapsed);
}
