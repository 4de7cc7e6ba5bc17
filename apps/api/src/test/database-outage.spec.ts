import type { INestApplication } from '@nestjs/common';
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createApp } from '../bootstrap';
import { loadConfig } from '../config/app-config';
import { DEMO_PASSWORD } from '../database/demo/demo-accounts';
import { prepareDatabase } from '../database/prepare-database';
import { EventsService } from '../events/events.service';

const UNAVAILABLE = {
  statusCode: 503,
  error: 'Service indisponible',
  message: 'La base de données est momentanément indisponible : réessayez dans quelques instants.',
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Sends a command to the child's PostgreSQL and waits for its answer line. */
function command(child: ChildProcessWithoutNullStreams, line: string | null, answer: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const found = out.split('\n').find((l) => l.startsWith(answer));
      if (found) {
        child.stdout.off('data', onData);
        resolve(found);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`PostgreSQL's child exited (${code})`)));
    if (line) child.stdin.write(`${line}\n`);
  });
}

/** A PostgreSQL of its own, stopped and started again on the same port under a running app. */
describe('the database stops, then comes back', () => {
  let pg: ChildProcessWithoutNullStreams;
  let app: INestApplication;
  let base: string;
  jest.setTimeout(180_000);

  beforeAll(async () => {
    const port = await freePort();
    pg = spawn(process.execPath, [join(__dirname, 'support', 'outage-postgres.mjs'), String(port)], { stdio: ['pipe', 'pipe', 'pipe'] });
    const url = (await command(pg, null, 'ready ')).slice('ready '.length).trim();
    await prepareDatabase(url, { mode: 'demo' });
    const config = loadConfig({ BOUSSOLE_MODE: 'demo', SCHEDULER_INTERVAL_SECONDS: '0', WRITE_RATE_LIMIT_SESSION: '0', WRITE_RATE_LIMIT_IP: '0' });
    app = await createApp({ config, databaseUrl: url, logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/api`;
  });

  afterAll(async () => {
    await app?.close();
    if (pg && pg.exitCode === null) {
      const exited = new Promise((resolve) => pg.once('exit', resolve));
      pg.stdin.write('exit\n');
      await exited;
    }
  });

  const get = async (path: string, token?: string) => {
    const response = await fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: await response.json() };
  };
  const login = () =>
    fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'pf@boussole.test', password: DEMO_PASSWORD }),
    });

  it('answers 503 in French while it is down (never 500, no crash) and recovers requests and LISTEN by itself', async () => {
    const signedIn = await login();
    expect(signedIn.status).toBe(200);
    const token = ((await signedIn.json()) as { token: string }).token;
    expect((await get('/plans', token)).status).toBe(200);

    await command(pg, 'stop', 'stopped');
    // A fresh token (the guard must read the session), a known one past its trust, a write and a public route.
    const down = [
      await get('/plans', 'not-a-session-token-but-long-enough-0123456789'),
      await get('/regions', token),
      { status: (await login()).status, body: UNAVAILABLE },
    ];
    for (const answer of down) {
      expect(answer.status).toBe(503);
      expect(answer.body).toEqual(UNAVAILABLE);
    }
    const live = await get('/health');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok', database: 'error' });
    const ready = await get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.reason).toMatch(/database|listen/);

    await command(pg, 'start', 'started');
    let back = await get('/health/ready');
    for (let i = 0; i < 120 && back.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      back = await get('/health/ready');
    }
    expect(back).toEqual({ status: 200, body: { status: 'ready' } });
    expect(app.get(EventsService).listening).toBe(true);
    expect((await get('/plans', token)).status).toBe(200);
    expect((await login()).status).toBe(200);
  });
});
