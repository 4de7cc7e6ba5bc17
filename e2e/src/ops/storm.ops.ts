import fc from 'fast-check';
import { DEMO_PASSWORD, startDemoServer, type DemoServer } from './support/demo-server';
import { writeReport } from './support/report';
import { requestFor, type RealIds, type StormRequest } from './storm/malformed';
import { operations, type OpenApiDocument, type Operation } from './storm/openapi';

/**
 * The malformed-input storm (issue 13, point 7): at least 10,000 requests generated with fast-check
 * from the app's own OpenAPI document, across every operation and every demo role plus anonymous.
 * No answer may be a 5xx, none may hang, and the app is healthy afterwards.
 */
const TOTAL = Number(process.env['STORM_REQUESTS'] ?? 12000);
const CONCURRENCY = 8;
const PER_REQUEST_TIMEOUT_MS = 10000;
const SEED = Number(process.env['STORM_SEED'] ?? 20261201);

const ROLES = [
  { name: 'admin', email: 'admin@boussole.test' },
  { name: 'director', email: 'direction@boussole.test' },
  { name: 'project_manager', email: 'r@boussole.test' },
  { name: 'ars_liaison', email: 'ars-idf@boussole.test' },
  { name: 'viewer', email: 'lecture@boussole.test' },
  { name: 'anonymous', email: null },
] as const;

/**
 * Operations sent differently, none left out: sign-out and ending one's sessions kill the token, so
 * a role whose token turns 401 signs in again; the event stream never ends by design, so its answer
 * counts once its status and headers are in, and its body is dropped.
 */
const NOTES = [
  'POST /api/auth/logout et DELETE /api/auth/sessions/{id} : envoyés ; un jeton devenu 401 est renouvelé par une nouvelle connexion.',
  'GET /api/events : envoyé ; le flux ne finit jamais, la réponse compte dès son statut et ses en-têtes, le corps est abandonné.',
  'Écritures sans corps (DELETE jalon/commentaire, invitation, relances, sessions) : au moins un paramètre de chemin est toujours faux, pour ne supprimer ni envoyer rien de réel.',
];

interface Failure {
  role: string;
  method: string;
  url: string;
  status: number | string;
  faults: string[];
  body: string;
  answer: string;
}

describe('the malformed-input storm', () => {
  let server: DemoServer;
  const tokens = new Map<string, string | null>();

  beforeAll(async () => {
    server = await startDemoServer({
      // A storm from one address is not an attack to slow down: no write rate limit.
      WRITE_RATE_LIMIT_SESSION: '0',
      WRITE_RATE_LIMIT_IP: '0',
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  async function signIn(email: string): Promise<string> {
    const response = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`Connexion de ${email} : HTTP ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  }

  async function read<T>(path: string, token: string): Promise<T> {
    const response = await fetch(`${server.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`${path} : HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  async function realIds(token: string): Promise<RealIds> {
    type WithId = { id: number };
    const plans = await read<WithId[]>('/api/plans', token);
    const axis: number[] = [];
    const objective: number[] = [];
    for (const plan of plans) {
      const full = await read<{ axes: Array<WithId & { objectives: WithId[] }> }>(`/api/plans/${plan.id}`, token);
      for (const a of full.axes) {
        axis.push(a.id);
        objective.push(...a.objectives.map((o) => o.id));
      }
    }
    const active = plans[0].id;
    const actions = (await read<WithId[]>(`/api/actions?plan=${active}&pageSize=200`, token)).map((a) => a.id);
    const milestone: number[] = [];
    const comment: number[] = [];
    for (const id of actions.slice(0, 8)) {
      milestone.push(...(await read<WithId[]>(`/api/actions/${id}/milestones`, token)).map((m) => m.id));
      comment.push(...(await read<WithId[]>(`/api/actions/${id}/comments`, token)).map((c) => c.id));
    }
    return {
      plan: plans.map((p) => p.id),
      axis,
      objective,
      action: actions.slice(0, 30),
      milestone,
      user: (await read<WithId[]>('/api/users', token)).map((u) => u.id),
      cycle: (await read<WithId[]>(`/api/cycles?plan=${active}`, token)).map((c) => c.id),
      comment,
      indicator: (await read<WithId[]>(`/api/indicators?plan=${active}`, token)).map((i) => i.id),
      session: (await read<Array<{ id: string }>>('/api/auth/sessions', token)).map((s) => s.id),
      region: ['11', '53', '04', '99', '2A'],
      unit: ['PF', 'RH', 'R', 'Q', 'N', 'DNS'],
    };
  }

  it('answers 10,000 malformed requests across every operation and role without a 5xx or a hang, and stays healthy', async () => {
    const docResponse = await fetch(`${server.base}/api/docs-json`);
    expect(docResponse.status).toBe(200);
    const ops: Operation[] = operations((await docResponse.json()) as OpenApiDocument);
    expect(ops.length).toBeGreaterThan(50);

    for (const role of ROLES) tokens.set(role.name, role.email ? await signIn(role.email) : null);
    const ids = await realIds(tokens.get('admin') as string);

    // Round after round, every operation gets a batch, each request its role in turn: the requests
    // are spread over every (operation, role) pair, and memory holds one round at a time.
    const perOp = Math.ceil(TOTAL / ops.length);
    const BATCH = 6;
    function* tasks(): Generator<{ op: Operation; role: (typeof ROLES)[number]; request: StormRequest }> {
      let n = 0;
      for (let round = 0; round * BATCH < perOp; round++) {
        for (const [o, op] of ops.entries()) {
          const batch = fc.sample(requestFor(op, ids), { numRuns: Math.min(BATCH, perOp - round * BATCH), seed: SEED + o * 1000 + round });
          for (const request of batch) yield { op, role: ROLES[n++ % ROLES.length], request };
        }
      }
    }

    const statuses: Record<string, number> = {};
    const perOperation = new Map<string, number>();
    const perRole: Record<string, number> = {};
    const serverErrors: Failure[] = [];
    const hangs: Failure[] = [];
    let sent = 0;
    let renewedTokens = 0;
    const renewing = new Map<string, Promise<void>>();

    async function renew(role: (typeof ROLES)[number], stale: string): Promise<void> {
      if (!role.email || tokens.get(role.name) !== stale) return;
      const pending = renewing.get(role.name);
      if (pending) return pending;
      const promise = (async () => {
        const me = await fetch(`${server.base}/api/auth/me`, { headers: { authorization: `Bearer ${stale}` } });
        await me.text();
        if (me.status === 401) {
          tokens.set(role.name, await signIn(role.email));
          renewedTokens += 1;
        }
      })().finally(() => renewing.delete(role.name));
      renewing.set(role.name, promise);
      return promise;
    }

    async function send(task: { op: Operation; role: (typeof ROLES)[number]; request: StormRequest }): Promise<void> {
      const { op, role, request } = task;
      const token = tokens.get(role.name) ?? null;
      const headers = { ...request.headers };
      if (request.auth === 'token' && token) headers['authorization'] = `Bearer ${token}`;
      const failure = (status: number | string, answer: string): Failure => ({
        role: role.name,
        method: request.method,
        url: request.url.slice(0, 300),
        status,
        faults: request.faults,
        body: typeof request.body === 'string' ? request.body.slice(0, 300) : request.body ? `<${request.body.length} octets>` : '',
        answer: answer.slice(0, 300),
      });
      sent += 1;
      perRole[role.name] = (perRole[role.name] ?? 0) + 1;
      const key = `${op.method} ${op.path}`;
      perOperation.set(key, (perOperation.get(key) ?? 0) + 1);
      let status: string;
      try {
        const response = await fetch(`${server.base}${request.url}`, {
          method: request.method,
          headers,
          body: request.body as BodyInit | undefined,
          redirect: 'manual',
          signal: AbortSignal.timeout(PER_REQUEST_TIMEOUT_MS),
        });
        let answer = '';
        if ((response.headers.get('content-type') ?? '').includes('text/event-stream')) await response.body?.cancel();
        else answer = await response.text();
        status = String(response.status);
        if (response.status >= 500) serverErrors.push(failure(response.status, answer));
        if (response.status === 401 && request.auth === 'token' && token) await renew(role, token);
      } catch (error) {
        const name = (error as Error).name;
        status = name === 'TimeoutError' ? 'timeout' : `erreur réseau (${(error as Error).message})`;
        (name === 'TimeoutError' ? hangs : serverErrors).push(failure(status, String((error as Error).cause ?? error)));
      }
      statuses[status] = (statuses[status] ?? 0) + 1;
    }

    const started = Date.now();
    const iterator = tasks();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let next = iterator.next(); !next.done; next = iterator.next()) await send(next.value);
      }),
    );
    const seconds = (Date.now() - started) / 1000;

    const health = await fetch(`${server.base}/api/health`);
    const ready = await fetch(`${server.base}/api/health/ready`);
    const plans = await fetch(`${server.base}/api/plans`, { headers: { authorization: `Bearer ${await signIn('direction@boussole.test')}` } });
    const after = { health: health.status, ready: ready.status, normalRead: plans.status, normalReadPlans: plans.ok ? ((await plans.json()) as unknown[]).length : 0 };
    const fewest = [...perOperation.entries()].sort((a, b) => a[1] - b[1])[0];

    writeReport('storm', {
      seed: SEED,
      requestsSent: sent,
      operations: ops.length,
      operationsCovered: perOperation.size,
      fewestRequestsForAnOperation: fewest,
      roles: perRole,
      seconds: Math.round(seconds),
      requestsPerSecond: Math.round(sent / seconds),
      statuses,
      serverErrors: serverErrors.length,
      hangs: hangs.length,
      renewedTokens,
      after,
      notes: NOTES,
      firstServerErrors: serverErrors.slice(0, 40),
      firstHangs: hangs.slice(0, 20),
    });

    expect(sent).toBeGreaterThanOrEqual(10000);
    expect(perOperation.size).toBe(ops.length);
    expect(serverErrors).toEqual([]);
    expect(hangs).toEqual([]);
    expect(server.exitCode()).toBeNull();
    expect(after).toEqual({ health: 200, ready: 200, normalRead: 200, normalReadPlans: expect.any(Number) });
    expect(after.normalReadPlans).toBeGreaterThan(0);
  });
});
