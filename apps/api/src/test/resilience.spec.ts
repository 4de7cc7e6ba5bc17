import { request as httpRequest, createServer, Agent } from 'node:http';
import { connect } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ReadCache } from '../common/cache/read-cache.service';
import { databaseRefusal, isDatabaseUnavailable } from '../common/filters/database-error';
import { EventsService } from '../events/events.service';
import { drainHttpServer, trackConnections } from '../health/graceful-shutdown';
import { Lifecycle } from '../health/lifecycle.service';
import { createTestApp, TestApp } from './support/test-app';

/** Reads an event stream until `until` matches its text or the server closes it; returns the text and whether it closed. */
async function readStream(url: string, token: string, until: (text: string) => boolean, onOpen?: () => Promise<unknown>) {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let opened = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { status: response.status, text, closed: true };
    text += decoder.decode(value);
    if (!opened && onOpen) {
      opened = true;
      void onOpen();
    }
    if (until(text)) {
      await reader.cancel();
      return { status: response.status, text, closed: false };
    }
  }
}

describe('resilience: health, readiness, event stream, read cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is live and ready while the database and LISTEN answer', async () => {
    const live = await t.request('/health');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok', database: 'ok' });
    const ready = await t.request('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready' });
    expect(t.app.get(EventsService).listening).toBe(true);
  });

  it('keeps the read cache through refused writes, and ends its generation after a write that succeeded', async () => {
    const token = await t.login('pf@boussole.test');
    const cache = t.app.get(ReadCache);
    const [action] = (await t.sql.query(
      `SELECT a.id FROM actions a JOIN units u ON u.id = a.unit_id WHERE u.code = 'PF' ORDER BY a.id LIMIT 1`,
    )).rows;
    const stranger = await t.login('rh@boussole.test');
    const invalidate = jest.spyOn(cache, 'invalidate');
    try {
      const bad = await t.request(`/actions/${action.id}/updates`, { method: 'POST', token, json: { status: 'nope' } });
      expect(bad.status).toBe(400);
      // Another unit's manager may not report on PF's action: refused (403), nothing written.
      const refused = await t.request(`/actions/${action.id}/updates`, { method: 'POST', token: stranger, json: { status: 'on_track', progress: 10, narrative: 'x', version: 1 } });
      expect(refused.status).toBe(403);
      expect(invalidate).not.toHaveBeenCalled();
      const version = (await t.request(`/actions/${action.id}`, { token })).body.version;
      const posted = await t.request(`/actions/${action.id}/updates`, { method: 'POST', token, json: { status: 'on_track', progress: 42, narrative: 'Écrit.', version } });
      expect(posted.status).toBe(201);
      expect(invalidate).toHaveBeenCalled();
    } finally {
      invalidate.mockRestore();
    }
  });

  it('sends its own session.ended {reason: signed_out} and closes the stream at sign-out, never another user’s', async () => {
    const mine = await t.login('pf@boussole.test');
    const other = await t.login('direction@boussole.test');
    const result = await readStream(`${t.base}/events`, mine, () => false, async () => {
      // Another session ends first: nothing of it reaches this stream.
      await t.request('/auth/logout', { method: 'POST', token: other });
      await t.request('/auth/logout', { method: 'POST', token: mine });
    });
    expect(result.status).toBe(200);
    expect(result.closed).toBe(true);
    expect(result.text).toContain('event: session.ended');
    expect(result.text).toContain('"reason":"signed_out"');
    expect(result.text.match(/session\.ended/g)?.length).toBe(2); // the event name and its payload's type
    expect(result.text).not.toContain('session.closed');
    expect(result.text).not.toContain('user.sessions_closed');
  });

  it('ends a deactivated user’s stream with {reason: deactivated}; a new role alone keeps it open', async () => {
    const admin = await t.login('admin@boussole.test');
    const mine = await t.login('r@boussole.test');
    const { id } = (await t.sql.query(`SELECT id FROM users WHERE email = 'r@boussole.test'`)).rows[0];
    const patch = async (json: Record<string, unknown>) => {
      const version = (await t.request(`/users/${id}`, { token: admin })).body.version;
      return t.request(`/users/${id}`, { method: 'PATCH', token: admin, json: { ...json, version } });
    };
    const result = await readStream(`${t.base}/events`, mine, () => false, async () => {
      // A new role reaches every replica through user.sessions_closed, but the session lives on.
      expect((await patch({ role: 'viewer' })).status).toBe(200);
      expect((await patch({ active: false })).status).toBe(200);
    });
    expect(result.closed).toBe(true);
    // One end only, and it is the deactivation's: the role change did not end the stream.
    expect(result.text.match(/"reason":"[a-z_]+"/g)).toEqual(['"reason":"deactivated"']);
    expect(result.text).not.toContain('user.sessions_closed');
    await patch({ active: true, role: 'project_manager' });
  });

  it('ends the stream with {reason: expired} when the session’s lifetime passes, without extending it', async () => {
    const mine = await t.login('rh@boussole.test');
    // The session ends in a second (as if its idle lifetime were spent), checked where the stream opens.
    await t.sql.query(`UPDATE sessions SET expires_at = now() + interval '1 second' WHERE user_id = (SELECT id FROM users WHERE email = 'rh@boussole.test')`);
    const result = await readStream(`${t.base}/events`, mine, () => false);
    expect(result.closed).toBe(true);
    expect(result.text).toContain('"reason":"expired"');
    expect((await t.request('/plans', { token: mine })).status).toBe(401);
  });

  it('relays stream.reconnected when LISTEN comes back after its connection was cut', async () => {
    const events = t.app.get(EventsService);
    const seen: string[] = [];
    const subscription = events.stream().subscribe((event) => seen.push(event.type));
    try {
      const admin = new Client({ connectionString: t.url });
      await admin.connect();
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`);
      await admin.end();
      for (let i = 0; i < 200 && !seen.includes('stream.reconnected'); i++) await new Promise((r) => setTimeout(r, 50));
      expect(seen).toContain('stream.reconnected');
      expect(seen).not.toContain('action.updated');
      expect(events.listening).toBe(true);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('maps an unreachable database to the French 503, not a 500', async () => {
    const client = new Client({ host: '127.0.0.1', port: 1, user: 'x', database: 'x', connectionTimeoutMillis: 2000 });
    const error = await client.connect().then(() => null, (e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(databaseRefusal(error)).toEqual({ statusCode: 503, message: 'La base de données est momentanément indisponible : réessayez dans quelques instants.' });
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
  });

  it('maps a connection cut inside a transaction to the 503, whether the next query or the COMMIT meets it', async () => {
    const db = t.app.get(DataSource);
    const cutThen = (next: 'query' | 'commit') =>
      db
        .transaction(async (manager) => {
          const [{ pid }] = (await manager.query('SELECT pg_backend_pid() AS pid')) as Array<{ pid: number }>;
          await t.sql.query('SELECT pg_terminate_backend($1)', [pid]);
          // pg learns of the cut from the socket; TypeORM then releases the query runner.
          await new Promise((resolve) => setTimeout(resolve, 200));
          if (next === 'query') await manager.query('SELECT 1');
        })
        .then(() => null, (error: unknown) => error);
    for (const next of ['query', 'commit'] as const) {
      const error = await cutThen(next);
      expect(error).not.toBeNull();
      expect(databaseRefusal(error)).toEqual({ statusCode: 503, message: 'La base de données est momentanément indisponible : réessayez dans quelques instants.' });
    }
    expect((await t.request('/health/ready')).status).toBe(200);
  });

  it('draining: readiness answers 503 with its reason at once and open event streams end', async () => {
    const token = await t.login('pf@boussole.test');
    const result = await readStream(`${t.base}/events`, token, () => false, async () => t.app.get(Lifecycle).startDraining());
    expect(result.closed).toBe(true);
    expect(result.text).not.toContain('session.ended');
    const ready = await t.request('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'unavailable', reason: 'draining' });
    expect((await t.request('/health')).status).toBe(200);
  });
});

describe('drainHttpServer', () => {
  it('lets an in-flight request finish, closes kept-alive connections after their next answer, then resolves', async () => {
    let release: () => void = () => undefined;
    const server = createServer((request, response) => {
      if (request.url === '/slow') release = () => response.end('slow done');
      else response.end('quick');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = (path: string) =>
      new Promise<{ body: string; connection: string | undefined }>((resolve, reject) => {
        httpRequest({ host: '127.0.0.1', port, path, agent }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ body, connection: response.headers.connection }));
        }).on('error', reject).end();
      });
    expect((await get('/quick')).connection).toBe('keep-alive');
    const slow = get('/slow');
    await new Promise((r) => setTimeout(r, 50));
    let drained = false;
    const draining = drainHttpServer(server, 10_000).then(() => (drained = true));
    expect(drained).toBe(false);
    // Queued behind the slow one on the same kept-alive socket: it arrives after draining began.
    const late = get('/quick');
    release();
    expect((await slow).body).toBe('slow done');
    expect(await late).toEqual({ body: 'quick', connection: 'close' });
    await draining;
    expect(drained).toBe(true);
    expect(server.listening).toBe(false);
    agent.destroy();
  });

  it('keeps a connection accepted before the drain, whose request comes just after, and answers it', async () => {
    const server = createServer((_request, response) => response.end('served'));
    trackConnections(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const draining = drainHttpServer(server, 10_000);
    // Later than a sweep of the drain (every 200 ms), within the grace of a connection yet unused.
    await new Promise((r) => setTimeout(r, 450));
    socket.write('GET /late HTTP/1.1\r\nHost: x\r\n\r\n');
    await closed;
    await draining;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toMatch(/served$/);
  });
});
