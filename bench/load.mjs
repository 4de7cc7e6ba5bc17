// The loads of the bench: autocannon for reads, a writers' loop for status updates.
import autocannon from 'autocannon';
import { percentile } from './support.mjs';

/** `connections` clients for `seconds`, after a short warm-up; latency in ms, throughput in req/s. */
export async function readLoad(url, token, { connections = 50, seconds = 10 } = {}) {
  // As a browser asks: a script's client that accepts gzip is served the same compressed answer.
  const headers = { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br' };
  await autocannon({ url, connections, duration: 2, headers });
  // autocannon's summary has p90 and p97.5, not p95: keep every response time to compute it.
  const latencies = [];
  const instance = autocannon({ url, connections, duration: seconds, headers });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  return {
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function round(ms) {
  return Math.round(ms * 10) / 10;
}

/**
 * Writers posting status updates for `seconds`: each of `writers` owns its share of the actions and
 * tracks their versions, so every request is a real update (a 409 refreshes the version and retries).
 */
export async function updateLoad(base, token, actions, { writers = 50, seconds = 20, marker }) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const versions = new Map(actions.map((a) => [a.id, a.version]));
  const acknowledged = [];
  const latencies = [];
  let conflicts = 0;
  let failures = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const own = actions.filter((_, i) => i % writers === w);
      for (let k = 0; Date.now() < deadline; k++) {
        const action = own[k % own.length];
        const t0 = performance.now();
        const response = await fetch(`${base}/api/actions/${action.id}/updates`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ status: 'on_track', progress: (k * 7 + w) % 100, narrative: `${marker} ${w}-${k}`, version: versions.get(action.id) }),
        });
        latencies.push(performance.now() - t0);
        if (response.status === 201) {
          const body = await response.json();
          acknowledged.push(body.update.id);
          versions.set(action.id, body.action.version);
        } else if (response.status === 409) {
          conflicts += 1;
          const body = await response.json();
          versions.set(action.id, body.current?.version ?? versions.get(action.id));
        } else {
          failures += 1;
          await response.text();
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  return {
    perSecond: Math.round(acknowledged.length / elapsed),
    acknowledged,
    conflicts,
    failures,
    seconds: Math.round(elapsed * 10) / 10,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
  };
}
