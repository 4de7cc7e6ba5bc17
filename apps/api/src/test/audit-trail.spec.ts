import type { AuditEventPayload } from '@boussole/domain';
import { AUDIT_MESSAGES } from '../audit/audit-query.service';
import { createTestApp, TestApp } from './support/test-app';

const AUDIT_READ_REASON = 'Le journal d’audit est réservé à l’administration et à la direction.';
const isAccountEvent = (e: AuditEventPayload) =>
  ['user', 'session', 'login'].includes(e.entityType) || /^(auth|password|invitation|user)\./.test(e.verb);

/** GET /api/audit (DESIGN §4-§5): the trail read by admins and directors, account events by admins only. */
describe('audit trail (GET /api/audit)', () => {
  let t: TestApp;
  let admin: string;
  let director: string;
  let pf: string;
  let pfId: number;
  let actionId: number;
  let updateId: number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    director = await t.login('direction@boussole.test');
    pf = await t.login('pf@boussole.test');
    pfId = (await t.sql.query(`SELECT id FROM users WHERE email = 'pf@boussole.test'`)).rows[0].id;
    const [row] = (
      await t.sql.query(
        `SELECT a.id FROM actions a JOIN units u ON u.id = a.unit_id WHERE u.code = 'PF' AND a.status = 'on_track' ORDER BY a.id LIMIT 1`,
      )
    ).rows;
    actionId = row.id;
    const action = (await t.request(`/actions/${actionId}`, { token: pf })).body;
    const posted = await t.request(`/actions/${actionId}/updates`, {
      method: 'POST', token: pf, json: { status: 'late', progress: action.progress, narrative: 'Retard du prestataire.', version: action.version },
    });
    expect(posted.status).toBe(201);
    updateId = posted.body.update.id;
    // Three probe events around one Paris day (2025-03-10, UTC+1): 00:30 and 23:30 in it, 00:30 the next day out.
    await t.sql.query(
      `INSERT INTO audit_events (actor_id, verb, entity_type, entity_id, after, created_at) VALUES
         (NULL, 'probe.write', 'probe', '1', '{"n": 1}', '2025-03-09T23:30:00Z'),
         (NULL, 'probe.write', 'probe', '1', '{"n": 2}', '2025-03-10T22:30:00Z'),
         (NULL, 'probe.write', 'probe', '1', '{"n": 3}', '2025-03-10T23:30:00Z')`,
    );
  });
  afterAll(async () => t.close());

  const audit = (query: string, token = director) => t.request(`/audit${query}`, { token });

  it('shows a project manager’s status update first on the action’s trail, with the author’s name and the values before and after', async () => {
    const response = await audit(`?entity=action&id=${actionId}`);
    expect(response.status).toBe(200);
    const first: AuditEventPayload = response.body[0];
    expect(first).toMatchObject({
      verb: 'status_update.create', entityType: 'action', entityId: String(actionId),
      actor: { id: pfId, name: 'Julien Moreau' },
      before: { status: 'on_track' },
      after: { status: 'late', statusUpdateId: updateId },
    });
    expect(new Date(first.createdAt).toISOString()).toBe(first.createdAt);
    expect(response.body.every((e: AuditEventPayload) => e.entityType === 'action' && e.entityId === String(actionId))).toBe(true);
    expect(Number(response.headers.get('x-total-count'))).toBe(response.body.length);
  });

  it('gives the author’s name as it is today', async () => {
    await t.sql.query(`UPDATE users SET name = 'Julien Moreau-Petit' WHERE id = $1`, [pfId]);
    try {
      const response = await audit(`?entity=action&id=${actionId}`);
      expect(response.body[0].actor).toEqual({ id: pfId, name: 'Julien Moreau-Petit' });
    } finally {
      await t.sql.query(`UPDATE users SET name = 'Julien Moreau' WHERE id = $1`, [pfId]);
    }
  });

  it('filters by author, newest first', async () => {
    const response = await audit(`?actor=${pfId}&pageSize=200`);
    expect(response.status).toBe(200);
    expect(response.body.length).toBeGreaterThan(0);
    expect(response.body.every((e: AuditEventPayload) => e.actor?.id === pfId)).toBe(true);
    expect(response.body.some((e: AuditEventPayload) => e.verb === 'status_update.create' && e.entityId === String(actionId))).toBe(true);
    const order = response.body.map((e: AuditEventPayload) => [e.createdAt, e.id]);
    const sorted = [...order].sort((a, b) => (a[0] === b[0] ? b[1] - a[1] : a[0] < b[0] ? 1 : -1));
    expect(order).toEqual(sorted);
  });

  it('filters by Europe/Paris days, both ends included', async () => {
    const day = await audit('?entity=probe&from=2025-03-10&to=2025-03-10');
    expect(day.body.map((e: AuditEventPayload) => e.after)).toEqual([{ n: 2 }, { n: 1 }]);
    const from = await audit('?entity=probe&from=2025-03-11');
    expect(from.body.map((e: AuditEventPayload) => e.after)).toEqual([{ n: 3 }]);
    const to = await audit('?entity=probe&to=2025-03-09');
    expect(to.body).toEqual([]);
    expect(to.headers.get('x-total-count')).toBe('0');
  });

  it('paginates with the total in X-Total-Count, also past the last page', async () => {
    const first = await audit('?entity=probe&id=1&pageSize=2');
    expect(first.body.map((e: AuditEventPayload) => e.after)).toEqual([{ n: 3 }, { n: 2 }]);
    expect(first.headers.get('x-total-count')).toBe('3');
    const second = await audit('?entity=probe&id=1&pageSize=2&page=2');
    expect(second.body.map((e: AuditEventPayload) => e.after)).toEqual([{ n: 1 }]);
    const beyond = await audit('?entity=probe&id=1&pageSize=2&page=5');
    expect(beyond.body).toEqual([]);
    expect(beyond.headers.get('x-total-count')).toBe('3');
    await t.sql.query(
      `INSERT INTO audit_events (actor_id, verb, entity_type, entity_id) SELECT NULL, 'probe.bulk', 'probe_bulk', n::text FROM generate_series(1, 60) n`,
    );
    const byDefault = await audit('?entity=probe_bulk');
    expect(byDefault.body.length).toBe(50);
    expect(byDefault.headers.get('x-total-count')).toBe('60');
  });

  it('refuses project managers and viewers with the policy’s French reason', async () => {
    for (const token of [pf, await t.login('lecture@boussole.test')]) {
      const response = await audit('', token);
      expect(response.status).toBe(403);
      expect(response.body.message).toBe(AUDIT_READ_REASON);
    }
    expect((await t.request('/audit')).status).toBe(401);
  });

  it('leaves the events of users and accounts out for a director, refuses asking for them, and shows them to an admin', async () => {
    const directorView = await audit(`?actor=${pfId}&pageSize=200`);
    expect(directorView.body.some(isAccountEvent)).toBe(false);
    const adminView = await audit(`?actor=${pfId}&pageSize=200`, admin);
    expect(adminView.body.some((e: AuditEventPayload) => e.verb === 'auth.login')).toBe(true);
    expect(Number(adminView.headers.get('x-total-count'))).toBeGreaterThan(Number(directorView.headers.get('x-total-count')));
    for (const entity of ['user', 'session', 'login']) {
      const refused = await audit(`?entity=${entity}`);
      expect(refused.status).toBe(403);
      expect(refused.body.message).toBe(AUDIT_MESSAGES.accountsForbidden);
      expect((await audit(`?entity=${entity}`, admin)).status).toBe(200);
    }
  });

  it('never shows a password hash, a session token or a link token in account events', async () => {
    const created = await t.request('/users', { method: 'POST', token: admin, json: { email: 'journal@sante.example.fr', name: 'Journal Test', role: 'viewer' } });
    expect(created.status).toBe(201);
    const linkToken = String(created.body.invitation.link).split('/').pop() as string;
    const hashes: string[] = (await t.sql.query(`SELECT password_hash FROM users WHERE password_hash IS NOT NULL`)).rows.map((r: { password_hash: string }) => r.password_hash);
    const events: AuditEventPayload[] = [];
    for (const entity of ['user', 'session', 'login']) events.push(...(await audit(`?entity=${entity}&pageSize=200`, admin)).body);
    expect(events.some((e) => e.verb === 'user.create')).toBe(true);
    expect(events.some((e) => e.verb === 'invitation.create')).toBe(true);
    const text = JSON.stringify(events.map((e) => [e.entityId, e.before, e.after]));
    for (const secret of [admin, director, pf, linkToken, ...hashes]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"(password|passwordHash|password_hash|token|tokenHash|token_hash)"/i);
  });

  it('cannot change or remove an audit row: the database refuses', async () => {
    const [row] = (await t.sql.query(`SELECT id FROM audit_events ORDER BY id LIMIT 1`)).rows;
    await expect(t.sql.query(`UPDATE audit_events SET verb = 'forged' WHERE id = $1`, [row.id])).rejects.toThrow(/immutable/);
    await expect(t.sql.query(`DELETE FROM audit_events WHERE id = $1`, [row.id])).rejects.toThrow(/immutable/);
    expect((await t.sql.query(`SELECT verb FROM audit_events WHERE id = $1`, [row.id])).rows[0].verb).not.toBe('forged');
  });

  it.each([
    ['page=0', 'page', 'La page doit être un entier à partir de 1.'],
    ['pageSize=500', 'pageSize', 'La taille de page doit être un entier entre 1 et 200.'],
    ['actor=abc', 'actor', 'Le paramètre « actor » doit être l’identifiant d’un compte (entier positif).'],
    ['from=2025-02-30', 'from', 'Le paramètre « from » doit être une date réelle au format AAAA-MM-JJ.'],
    ['to=demain', 'to', 'Le paramètre « to » doit être une date réelle au format AAAA-MM-JJ.'],
    ['entity=Action;DROP', 'entity', 'Le paramètre « entity » doit être un type d’enregistrement (ex. action, indicator, cycle).'],
    ['id=3', 'id', AUDIT_MESSAGES.idWithoutEntity],
    ['from=2025-03-11&to=2025-03-10', 'from', AUDIT_MESSAGES.fromAfterTo],
  ])('refuses ?%s with a French 400 on « %s »', async (query, field, message) => {
    const response = await audit(`?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.fields[field]).toBe(message);
  });
});
