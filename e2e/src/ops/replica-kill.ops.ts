import { writeReport } from './support/report';
import { activeActions, checkMarkers, markerCounts, signIn, sleep, startCluster, statusOf, writeLoad, type Cluster } from './support/cluster';

/**
 * One of three replicas killed with SIGKILL under a load of reads and status updates (issue 13,
 * point 3): the others keep answering through the proxy, the same sessions stay valid on them, and
 * every acknowledged write is in the database exactly once.
 */
const WINDOW_MS = 2000;

describe('a replica killed under load', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await startCluster({ replicas: 3 });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('keeps answering from the others, with the same sessions, and loses no acknowledged write', async () => {
    const emails = ['admin@boussole.test', 'direction@boussole.test', 'lecture@boussole.test'];
    const tokens = await Promise.all(emails.map((e) => signIn(cluster.url, e)));
    const writerTokens = [tokens[0], await signIn(cluster.url, 'admin@boussole.test')];
    const { planId, actions } = await activeActions(cluster.url, tokens[0], 20);
    const marker = `replicakill-${Date.now()}`;
    const writes = writeLoad({ base: cluster.url, tokens: writerTokens, actions, writers: 4, marker });

    const reads: Array<{ at: number; status: string }> = [];
    let reading = true;
    const paths = [`/api/plans/${planId}/rollup`, `/api/actions?plan=${planId}&pageSize=50`, '/api/auth/me', `/api/plans/${planId}`];
    const readers = Array.from({ length: 4 }, async (_, r) => {
      for (let k = 0; reading; k++) {
        const answer = await statusOf(`${cluster.url}${paths[k % paths.length]}`, { headers: { authorization: `Bearer ${tokens[r % tokens.length]}` } });
        reads.push({ at: Date.now(), status: answer.status });
      }
    });

    await sleep(4000);
    const victim = cluster.replicas[1];
    const killedAt = Date.now();
    const exit = await victim.kill('SIGKILL');
    await sleep(6000);
    reading = false;
    await Promise.all(readers);
    await writes.stop();

    const all = [...reads, ...writes.answers.map((a) => ({ at: a.at, status: a.status }))];
    const failed = (s: string) => !/^(2\d\d|409)$/.test(s);
    const before = all.filter((a) => a.at < killedAt);
    const during = all.filter((a) => a.at >= killedAt && a.at < killedAt + WINDOW_MS);
    const after = all.filter((a) => a.at >= killedAt + WINDOW_MS);
    const tally = (list: Array<{ status: string }>) => list.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});

    // The same tokens, through the proxy and on each survivor directly.
    const survivors = cluster.replicas.filter((r) => r.index !== victim.index);
    const sessions = await Promise.all(
      tokens.flatMap((token) => [cluster.url, ...survivors.map((r) => r.url)].map(async (base) => (await statusOf(`${base}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status)),
    );
    const counts = await markerCounts(cluster.ownerUrl, marker);
    const check = checkMarkers(writes.acknowledged, counts);

    writeReport('replica-kill', {
      replicas: cluster.replicas.length,
      killed: { index: victim.index, exit },
      requests: all.length,
      reads: reads.length,
      updatesSent: writes.answers.length,
      beforeKill: tally(before),
      killWindow: { ms: WINDOW_MS, statuses: tally(during), failed: during.filter((a) => failed(a.status)).length },
      afterWindow: { statuses: tally(after), failed: after.filter((a) => failed(a.status)).length },
      sessionsAfter: tally(sessions.map((status) => ({ status }))),
      acknowledged: writes.acknowledged.length,
      found: check.found,
      missing: check.missing.length,
      duplicated: check.duplicated.length,
    });

    expect(exit.signal).toBe('SIGKILL');
    expect(before.filter((a) => failed(a.status))).toEqual([]);
    // Only what was in flight on the killed replica may fail: at most one request per client.
    expect(during.filter((a) => failed(a.status)).length).toBeLessThanOrEqual(8);
    expect(after.filter((a) => failed(a.status))).toEqual([]);
    expect(after.length).toBeGreaterThan(0);
    expect(sessions).toEqual(sessions.map(() => '200'));
    expect(writes.acknowledged.length).toBeGreaterThan(0);
    expect(check.missing).toEqual([]);
    expect(check.duplicated).toEqual([]);
  });
});
