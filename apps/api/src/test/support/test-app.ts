import type { INestApplication } from '@nestjs/common';
import { Pool } from 'pg';
import type { DestinationStream } from 'pino';
import type { Server } from 'node:http';
import { apiDocumentOf, createApp } from '../../bootstrap';
import { loadConfig } from '../../config/app-config';
import { DEMO_PASSWORD } from '../../database/demo/demo-accounts';
import { ContractChecker } from './contract-check';
import { contractLedger } from './contract-coverage';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  /** The spec's database. */
  url: string;
  /** Base URL of the API, e.g. http://127.0.0.1:41234/api */
  base: string;
  /** Direct access to the spec's database, to check what a request wrote. */
  sql: Pool;
  close(): Promise<void>;
  /** Signs in a demo account and returns its bearer token. */
  login(email: string, password?: string): Promise<string>;
  request(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<TestResponse>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The real application, on a real PostgreSQL database of its own, listening on a free port. */
export async function createTestApp(
  options: {
    empty?: boolean;
    shareWith?: TestApp;
    /** Environment read by `loadConfig` besides the demo mode, e.g. `{ SMTP_URL, SESSION_MAX_DAYS }`. */
    env?: NodeJS.ProcessEnv;
    /** Captures the JSON log lines (at LOG_LEVEL from `env`); without it the app logs nothing. */
    logDestination?: DestinationStream;
    /** A port known in advance (e.g. for an OpenID provider's redirect URI); else a free one. */
    port?: number;
  } = {},
): Promise<TestApp> {
  // A second replica shares the first one's database (and leaves dropping it to the first).
  const database = options.shareWith
    ? { url: options.shareWith.url, drop: async () => undefined }
    : await createTestDatabase(options);
  // The scheduled work stays off unless a spec asks for it: specs call it with the time they choose.
  const config = loadConfig({
    BOUSSOLE_MODE: 'demo',
    SCHEDULER_INTERVAL_SECONDS: '0',
    // High, not 0: the write limiter runs in every spec, and refuses only where a spec lowers it.
    WRITE_RATE_LIMIT_SESSION: '1000000',
    WRITE_RATE_LIMIT_IP: '1000000',
    ...options.env,
  });
  const app = await createApp({
    config,
    databaseUrl: database.url,
    ...(options.logDestination ? { logDestination: options.logDestination } : { logger: false }),
  });
  // Every answer, whichever way it leaves (the cached-read door or Express), is held to the app's own document.
  const checker = new ContractChecker(apiDocumentOf(app));
  checker.watch(app.getHttpServer() as Server, contractLedger.follow(checker));
  await app.listen(options.port ?? 0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}/api`;
  const sql = new Pool({ connectionString: database.url, max: 2 });

  const request: TestApp['request'] = async (path, init = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    const response = await fetch(`${base}${path}`, { ...init, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };

  return {
    app,
    url: database.url,
    base,
    sql,
    request,
    login: async (email, password = DEMO_PASSWORD) => {
      const response = await request('/auth/login', { method: 'POST', json: { email, password } });
      if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.token as string;
    },
    close: async () => {
      await sql.end();
      await app.close();
      await database.drop();
    },
  };
}
