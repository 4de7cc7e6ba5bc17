import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { DEMO_PASSWORD } from './demo-server';
import { ROOT } from './report';

/** tools/cluster/cluster.mjs (DEPLOYMENT's), as the common interface of issue 13 describes it. */
export interface Replica {
  index: number;
  url: string;
  pid(): number;
  kill(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: string | null }>;
  start(): Promise<void>;
  output(): string;
}

export interface Cluster {
  url: string;
  ownerUrl: string;
  appUrl: string;
  dataDir: string;
  replicas: Replica[];
  database: { pid(): number; kill(signal?: NodeJS.Signals): Promise<void>; start(): Promise<void> };
  stop(): Promise<void>;
}

/** ts-jest compiles import() to require(), which cannot load an ES module: a real import() it is. */
const load = new Function('p', 'return import(p)') as (p: string) => Promise<{ startCluster(options: object): Promise<Cluster> }>;

export async function startCluster(options: { replicas: number; env?: Record<string, string> }): Promise<Cluster> {
  const { startCluster: start } = await load(pathToFileURL(join(ROOT, 'tools/cluster/cluster.mjs')).href);
  return start({ mode: 'demo', ...options, env: { WRITE_RATE_LIMIT_SESSION: '0', WRITE_RATE_LIMIT_IP: '0', LOG_LEVEL: 'warn', ...options.env } });
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`Connexion de ${email} : HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

export interface ActionRef {
  id: number;
  version: number;
}

/** The active plan's id and its first actions with their versions. */
export async function activeActions(base: string, token: string, count: number): Promise<{ planId: number; actions: ActionRef[] }> {
  const headers = { authorization: `Bearer ${token}` };
  const plans = (await (await fetch(`${base}/api/plans`, { headers })).json()) as Array<{ id: number; state: string }>;
  const planId = (plans.find((p) => p.state === 'active') ?? plans[0]).id;
  const actions = (await (await fetch(`${base}/api/actions?plan=${planId}&pageSize=200`, { headers })).json()) as ActionRef[];
  return { planId, actions: actions.slice(0, count).map((a) => ({ id: a.id, version: a.version })) };
}

export interface WriteLoad {
  stop(): Promise<void>;
  /** The markers of the updates answered 201. */
  acknowledged: string[];
  statuses: Record<string, number>;
  /** Every answer with its time, to count what failed in a window. */
  answers: Array<{ at: number; status: string; body: string }>;
}

/**
 * Writers posting status updates (as bench/load.mjs's updateLoad) until stopped: each owns its share
 * of the actions and follows their versions; each update's narrative is a unique marker.
 */
export function writeLoad(options: { base: string | (() => string); tokens: string[]; actions: ActionRef[]; writers: number; marker: string; pauseMs?: number }): WriteLoad {
  const versions = new Map(options.actions.map((a) => [a.id, a.version]));
  const load: WriteLoad = { stop: async () => undefined, acknowledged: [], statuses: {}, answers: [] };
  let running = true;
  const count = (status: string, body: string) => {
    load.statuses[status] = (load.statuses[status] ?? 0) + 1;
    load.answers.push({ at: Date.now(), status, body: body.slice(0, 300) });
  };
  const workers = Array.from({ length: options.writers }, async (_, w) => {
    const own = options.actions.filter((_, i) => i % options.writers === w);
    const token = options.tokens[w % options.tokens.length];
    for (let k = 0; running; k++) {
      const action = own[k % own.length];
      const marker = `${options.marker}-${w}-${k}`;
      const base = typeof options.base === 'string' ? options.base : options.base();
      try {
        const response = await fetch(`${base}/api/actions/${action.id}/updates`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ status: 'on_track', progress: (k * 7 + w) % 100, narrative: marker, version: versions.get(action.id) }),
          signal: AbortSignal.timeout(30000),
        });
        const text = await response.text();
        count(String(response.status), text);
        if (response.status === 201) {
          load.acknowledged.push(marker);
          versions.set(action.id, (JSON.parse(text) as { action: { version: number } }).action.version);
        } else if (response.status === 409) {
          const current = (JSON.parse(text) as { current?: { version?: number } }).current?.version;
          if (current) versions.set(action.id, current);
        } else {
          await sleep(100);
        }
      } catch (error) {
        count(`erreur réseau (${(error as Error).name})`, String((error as Error).cause ?? error));
        await sleep(100);
      }
      if (options.pauseMs) await sleep(options.pauseMs);
    }
  });
  load.stop = async () => {
    running = false;
    await Promise.all(workers);
  };
  return load;
}

/** How many rows each marker of a run has in status_updates, read as the schema's owner. */
export async function markerCounts(ownerUrl: string, prefix: string): Promise<Map<string, number>> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ narrative: string; n: number }>(
      'SELECT narrative, count(*)::int AS n FROM status_updates WHERE narrative LIKE $1 GROUP BY narrative',
      [`${prefix}-%`],
    );
    return new Map(rows.map((r) => [r.narrative, r.n]));
  } finally {
    await client.end();
  }
}

/** Acknowledged markers missing from the database, and markers written more than once. */
export function checkMarkers(acknowledged: string[], counts: Map<string, number>): { found: number; missing: string[]; duplicated: string[] } {
  const missing = acknowledged.filter((m) => !counts.has(m));
  const duplicated = [...counts.entries()].filter(([, n]) => n > 1).map(([m]) => m);
  return { found: acknowledged.length - missing.length, missing, duplicated };
}

/**
 * Whether a write through one replica reaches another's event stream: opens /api/events on
 * `listener`, posts an update through `writer`, and waits up to `timeoutMs` for `action.updated`.
 */
export async function eventCrossesReplicas(listener: string, writer: string, token: string, action: ActionRef, timeoutMs = 5000): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const stream = await fetch(`${listener}/api/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
    if (stream.status !== 200 || !stream.body) return false;
    const reader = stream.body.getReader();
    const decoder = new TextDecoder();
    // The stream is open once its headers are in; then the write through the other replica.
    const current = (await (await fetch(`${writer}/api/actions/${action.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as ActionRef;
    const posted = await fetch(`${writer}/api/actions/${action.id}/updates`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'on_track', progress: 50, narrative: `écoute ${Date.now()}`, version: current.version }),
    });
    await posted.text();
    if (posted.status !== 201) return false;
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return false;
      text += decoder.decode(value, { stream: true });
      if (text.includes('event: action.updated') && text.includes(`"actionId":${action.id}`)) return true;
    }
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

export async function statusOf(url: string, init: RequestInit = {}): Promise<{ status: string; body: string }> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10000) });
    return { status: String(response.status), body: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { status: cause?.code ?? (error as Error).name, body: '' };
  }
}
