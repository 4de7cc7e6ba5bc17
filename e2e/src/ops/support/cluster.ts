import { spawn } from 'node:child_process';
import { get as httpGet } from 'node:http';
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

const CLUSTER_MODULE = pathToFileURL(join(ROOT, 'tools/cluster/cluster.mjs')).href;

/**
 * Jest's module sandbox cannot import() an ES module without --experimental-vm-modules, so the
 * cluster lives in a Node process of its own, driven over its standard input and output: one JSON
 * line per call ({ id, target, method, args }) and one per answer, each with the current pids.
 */
const DRIVER = `
  import { createInterface } from 'node:readline';
  const { startCluster } = await import(process.env.CLUSTER_MODULE);
  const send = (message) => process.stdout.write('RPC ' + JSON.stringify(message) + '\\n');
  let cluster;
  const pids = () => ({ database: cluster.database.pid(), replicas: cluster.replicas.map((r) => r.pid()) });
  try {
    cluster = await startCluster(JSON.parse(process.env.CLUSTER_OPTIONS));
  } catch (error) {
    send({ id: 0, error: String(error?.stack ?? error) });
    process.exit(1);
  }
  send({ id: 0, result: { url: cluster.url, ownerUrl: cluster.ownerUrl, appUrl: cluster.appUrl, dataDir: cluster.dataDir, replicas: cluster.replicas.map(({ index, url }) => ({ index, url })) }, pids: pids() });
  createInterface({ input: process.stdin }).on('line', async (line) => {
    const { id, target, method, args } = JSON.parse(line);
    try {
      const object = target === 'cluster' ? cluster : target === 'database' ? cluster.database : cluster.replicas[target];
      const result = method === 'output' ? object.output() : await object[method](...args);
      send({ id, result: result ?? null, pids: pids() });
      if (target === 'cluster' && method === 'stop') process.exit(0);
    } catch (error) {
      send({ id, error: String(error?.stack ?? error), pids: pids() });
    }
  });
  process.stdin.on('end', () => cluster.stop().finally(() => process.exit(0)));
`;

export async function startCluster(options: { replicas: number; env?: Record<string, string> }): Promise<Cluster> {
  const env = { WRITE_RATE_LIMIT_SESSION: '0', WRITE_RATE_LIMIT_IP: '0', LOG_LEVEL: 'warn', ...options.env };
  const child = spawn(process.execPath, ['--input-type=module', '-e', DRIVER], {
    cwd: ROOT,
    env: { ...process.env, CLUSTER_MODULE, CLUSTER_OPTIONS: JSON.stringify({ mode: 'demo', ...options, env }) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let buffer = '';
  let pids: { database: number; replicas: number[] } = { database: 0, replicas: [] };
  const pending = new Map<number, { done(value: unknown): void; fail(error: Error): void }>();
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-100000)));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('RPC ')) {
        output = (output + line + '\n').slice(-100000);
        continue;
      }
      const message = JSON.parse(line.slice(4)) as { id: number; result?: unknown; error?: string; pids?: typeof pids };
      if (message.pids) pids = message.pids;
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) call?.fail(new Error(message.error));
      else call?.done(message.result);
    }
  });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  child.on('exit', (code) => {
    for (const call of pending.values()) call.fail(new Error(`the cluster's process exited (${code}):\n${output.slice(-4000)}`));
    pending.clear();
  });
  let nextId = 1;
  const call = <T>(target: 'cluster' | 'database' | number, method: string, ...args: unknown[]): Promise<T> =>
    new Promise<T>((done, fail) => {
      const id = nextId++;
      pending.set(id, { done: done as (value: unknown) => void, fail });
      child.stdin.write(`${JSON.stringify({ id, target, method, args })}\n`);
    });
  const started = await new Promise<Omit<Cluster, 'replicas' | 'database' | 'stop'> & { replicas: Array<{ index: number; url: string }> }>((done, fail) =>
    pending.set(0, { done: done as (value: unknown) => void, fail }),
  );
  return {
    ...started,
    replicas: started.replicas.map(({ index, url }) => ({
      index,
      url,
      pid: () => pids.replicas[index],
      kill: (signal: NodeJS.Signals = 'SIGKILL') => call<{ code: number | null; signal: string | null }>(index, 'kill', signal),
      start: () => call<void>(index, 'start'),
      output: () => output,
    })),
    database: {
      pid: () => pids.database,
      kill: (signal: NodeJS.Signals = 'SIGKILL') => call<void>('database', 'kill', signal),
      start: () => call<void>('database', 'start'),
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.stdin.end();
        await exited;
      }
    },
  };
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
 * Whether a write through one replica reaches another's event stream ('ok', else why not): opens /api/events on
 * `listener`, posts an update through `writer`, and waits up to `timeoutMs` for `action.updated`.
 */
export async function eventCrossesReplicas(listener: string, writer: string, token: string, action: ActionRef, timeoutMs = 5000): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const stream = await fetch(`${listener}/api/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
    if (stream.status !== 200 || !stream.body) return `flux HTTP ${stream.status}`;
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
    if (posted.status !== 201) return `écriture HTTP ${posted.status}`;
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'flux fermé sans l’événement';
      text += decoder.decode(value, { stream: true });
      if (text.includes('event: action.updated') && text.includes(`"actionId":${action.id}`)) return 'ok';
    }
  } catch (error) {
    return `pas d’événement (${(error as Error).name})`;
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

/**
 * A GET on a connection of its own, closed after the answer: what a new client meets. fetch would
 * reuse a kept-alive socket, which a draining server still serves and which keeps it from exiting.
 */
export function freshStatus(url: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((done) => {
    const request = httpGet(url, { agent: false, headers: { ...headers, connection: 'close' }, timeout: 10000 }, (response) => {
      response.resume();
      response.on('end', () => done(String(response.statusCode)));
      response.on('error', () => done('ECONNRESET'));
    });
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    request.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.name));
  });
}
