import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createApp } from '../bootstrap';
import { loadConfig } from '../config/app-config';
import { DEMO_PASSWORD } from '../database/demo/demo-accounts';
import { prepareDatabase } from '../database/prepare-database';
import { createTestDatabase } from './support/test-database';

/**
 * Issue 13 point 4: the migrations run as the schema's owner, the app as a role of its own that
 * reads and writes rows and can do nothing else: no schema change, no trigger disabled, no
 * TRUNCATE, and the audit trail and status history append-only.
 */
describe('the least-privilege app role', () => {
  const role = `app_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  let db: { url: string; drop(): Promise<void> };
  let appUrl: string;
  let owner: Client;
  let asApp: Client;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    owner = new Client({ connectionString: db.url });
    await owner.connect();
    await owner.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    const url = new URL(db.url);
    url.username = role;
    url.password = password;
    appUrl = url.href;
    const first = await prepareDatabase(db.url, { mode: 'demo' }, { appUrl });
    expect(first.demoLoaded).toBe(true);
    expect(first.roleWarning).toBeUndefined();
    asApp = new Client({ connectionString: appUrl });
    await asApp.connect();
    app = await createApp({ config: loadConfig({ BOUSSOLE_MODE: 'demo', SCHEDULER_INTERVAL_SECONDS: '0' }), databaseUrl: appUrl, logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/api`;
  });
  afterAll(async () => {
    await app?.close();
    await asApp?.end();
    // The role's grants live in the spec's database: drop them with it, then the role.
    await owner.query(`DROP OWNED BY ${role}`);
    await owner.end();
    await db.drop();
    const server = new Client({ connectionString: db.url.replace(/\/[^/]+$/, '/postgres') });
    await server.connect();
    await server.query(`DROP ROLE IF EXISTS ${role}`);
    await server.end();
  });

  const deniedAsApp = async (sql: string) => {
    const error = await asApp.query(sql).then(
      () => null,
      (e: { code?: string; message: string }) => e,
    );
    expect(error).not.toBeNull();
    // 42501: insufficient_privilege ("permission denied…" or "must be owner of…").
    expect({ sql, code: error?.code }).toEqual({ sql, code: '42501' });
  };

  it.each([
    ['ALTER TABLE actions ADD COLUMN hidden text'],
    ['ALTER TABLE audit_events DROP CONSTRAINT IF EXISTS audit_events_pkey'],
    ['CREATE TABLE shadow (id int)'],
    ['CREATE SCHEMA shadow'],
    ['ALTER TABLE audit_events DISABLE TRIGGER ALL'],
    ['ALTER TABLE status_updates DISABLE TRIGGER ALL'],
    ['TRUNCATE audit_events'],
    ['TRUNCATE status_updates'],
    ['TRUNCATE sessions'],
    [`UPDATE audit_events SET verb = 'réécrit'`],
    ['DELETE FROM audit_events'],
    [`UPDATE status_updates SET narrative = 'réécrit'`],
    ['DELETE FROM status_updates'],
    ['DROP TABLE comments'],
    [`INSERT INTO migrations (timestamp, name) VALUES (1, 'Faux1')`],
    ['CREATE FUNCTION shadow() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'],
  ])('refuses, as the app role: %s', async (sql) => {
    await deniedAsApp(sql);
  });

  it('leaves the owner its powers, and a second start grants the same again (idempotent)', async () => {
    const again = await prepareDatabase(db.url, { mode: 'demo' }, { appUrl });
    expect(again).toEqual({ migrations: [], demoLoaded: false });
    const { rows } = await owner.query(
      `SELECT has_table_privilege($1, 'audit_events', 'INSERT') AS insert_audit,
              has_table_privilege($1, 'audit_events', 'UPDATE') AS update_audit,
              has_table_privilege($1, 'actions', 'UPDATE') AS update_actions,
              has_table_privilege($1, 'actions', 'TRUNCATE') AS truncate_actions,
              has_schema_privilege($1, 'public', 'CREATE') AS create_in_schema`,
      [role],
    );
    expect(rows[0]).toEqual({ insert_audit: true, update_audit: false, update_actions: true, truncate_actions: false, create_in_schema: false });
  });

  it('runs the app: a sign-in, a status update with its audit event, a sign-out, as that role', async () => {
    const call = async (path: string, init: { method?: string; token?: string; json?: unknown } = {}) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (init.token) headers['authorization'] = `Bearer ${init.token}`;
      const response = await fetch(`${base}${path}`, { method: init.method ?? 'GET', headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    };
    const login = await call('/auth/login', { method: 'POST', json: { email: 'pf@boussole.test', password: DEMO_PASSWORD } });
    expect(login.status).toBe(200);
    const token = login.body.token as string;
    const { rows } = await owner.query(
      `SELECT a.id FROM actions a JOIN units u ON u.id = a.unit_id WHERE u.code = 'PF' AND a.status = 'on_track' ORDER BY a.id LIMIT 1`,
    );
    const action = await call(`/actions/${rows[0].id}`, { token });
    const posted = await call(`/actions/${rows[0].id}/updates`, {
      method: 'POST',
      token,
      json: { status: 'on_track', progress: Math.min(99, action.body.progress + 1), narrative: 'Écrit par le rôle de l’application.', version: action.body.version },
    });
    expect(posted.status).toBe(201);
    const audit = await owner.query(`SELECT count(*)::int AS n FROM audit_events WHERE verb = 'status_update.create' AND entity_id = $1`, [String(rows[0].id)]);
    expect(audit.rows[0].n).toBe(1);
    // The app's sessions are its own: its connections are the role's, not the owner's.
    const connected = await owner.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1 AND datname = current_database()`, [role]);
    expect(connected.rows[0].n).toBeGreaterThan(1);
    expect((await call('/auth/logout', { method: 'POST', token })).status).toBeLessThan(300);
    expect((await call('/auth/me', { token })).status).toBe(401);
  });
});
