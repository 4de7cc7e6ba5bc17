// The read load of the bench: autocannon's clients (the writers are in writes.mjs).
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
