import { writeReport } from './support/report';
import { activeActions, freshStatus, signIn, sleep, startCluster, statusOf, type Cluster } from './support/cluster';

/**
 * SIGTERM to a replica while slow requests are in flight (issue 13, point 3): those complete 200,
 * readiness flips to 503, new connections are refused or answered 503 while it drains, it exits
 * with code 0, and the proxy keeps serving from the others.
 */
const DRAIN_LIMIT_MS = 30000;

describe('a replica stopped with SIGTERM', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await startCluster({ replicas: 3 });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('finishes the requests in flight, takes no new ones, exits 0, and the proxy serves from the others', async () => {
    const token = await signIn(cluster.url, 'admin@boussole.test');
    const { planId } = await activeActions(cluster.url, token, 1);
    const victim = cluster.replicas[2];
    const auth = { headers: { authorization: `Bearer ${token}` } };
    const slow = [`/api/exports/plans/${planId}.xlsx`, `/api/exports/plans/${planId}/briefing.pdf`, `/api/exports/plans/${planId}.csv`, `/api/exports/plans/${planId}/deployments.csv`];

    const proxied: Array<{ at: number; status: string }> = [];
    let proxying = true;
    const proxyLoad = (async () => {
      while (proxying) proxied.push({ at: Date.now(), status: (await statusOf(`${cluster.url}/api/plans/${planId}`, auth)).status });
    })();

    // Several slow requests straight to the victim, in flight when the signal comes; the same batch
    // once before, without a signal, tells a failure of the drain from one of the load itself.
    const batch = () =>
      [...slow, ...slow].map(async (path) => {
        const t0 = Date.now();
        const answer = await statusOf(`${victim.url}${path}`, auth);
        return { path, status: answer.status, bytes: answer.body.length, ms: Date.now() - t0, ...(answer.status === '200' ? {} : { answer: answer.body.slice(0, 200) }) };
      });
    const baseline = await Promise.all(batch());
    const inFlight = batch();
    await sleep(150);
    const termAt = Date.now();
    const exited = victim.kill('SIGTERM').then((exit) => ({ ...exit, ms: Date.now() - termAt }));

    // While it drains: its readiness, and new requests to it, each on a new connection.
    const readiness: string[] = [];
    const newRequests: string[] = [];
    let gone = false;
    void exited.then(() => (gone = true));
    while (!gone && Date.now() - termAt < DRAIN_LIMIT_MS) {
      readiness.push(await freshStatus(`${victim.url}/api/health/ready`));
      newRequests.push(await freshStatus(`${victim.url}/api/plans`, auth.headers));
      await sleep(100);
    }
    const exit = await Promise.race([exited, sleep(DRAIN_LIMIT_MS).then(() => null)]);
    const completed = await Promise.all(inFlight);
    const afterExit = await freshStatus(`${victim.url}/api/health`);
    await sleep(1000);
    proxying = false;
    await proxyLoad;
    const tally = (list: string[]) => list.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});

    writeReport('graceful-stop', {
      replicas: cluster.replicas.length,
      stopped: victim.index,
      exit,
      baselineWithoutSignal: baseline.map((b) => b.status),
      inFlight: completed,
      readinessWhileDraining: tally(readiness),
      newRequestsWhileDraining: tally(newRequests),
      afterExit,
      proxied: { requests: proxied.length, statuses: tally(proxied.map((p) => p.status)) },
    });

    expect(exit).not.toBeNull();
    expect(exit?.code).toBe(0);
    expect(completed.map((c) => c.status)).toEqual(completed.map(() => '200'));
    expect(completed.every((c) => c.bytes > 0)).toBe(true);
    // Refused (the listener closed) or 503 (draining): never served as if nothing happened.
    expect(newRequests.filter((s) => s !== '503' && s !== 'ECONNREFUSED' && s !== 'ECONNRESET')).toEqual([]);
    expect(readiness.filter((s) => s !== '503' && s !== 'ECONNREFUSED' && s !== 'ECONNRESET')).toEqual([]);
    expect(afterExit).toBe('ECONNREFUSED');
    expect(proxied.length).toBeGreaterThan(0);
    expect(proxied.filter((p) => p.status !== '200')).toEqual([]);
  });
});
