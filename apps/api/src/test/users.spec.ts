import { SCOPE_MESSAGES } from '../users/user-scope';
import { USER_MESSAGES } from '../users/user-admin.service';
import { createTestApp, TestApp } from './support/test-app';

const audits = async (t: TestApp, verb: string, entityId: number) =>
  (await t.sql.query(`SELECT actor_id, before, after FROM audit_events WHERE verb = $1 AND entity_id = $2 ORDER BY id`, [verb, String(entityId)])).rows;

describe('user management (GET/POST /api/users, GET/PATCH /api/users/:id)', () => {
  let t: TestApp;
  let admin: string;
  let adminId: number;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    adminId = (await t.sql.query(`SELECT id FROM users WHERE email = 'admin@boussole.test'`)).rows[0].id;
  });
  afterAll(async () => t.close());

  const create = (json: unknown) => t.request('/users', { method: 'POST', token: admin, json });

  describe('creating', () => {
    it.each([
      ['a project manager without a unit', { role: 'project_manager' }, 'unitCode', SCOPE_MESSAGES.unitRequired],
      ['an ARS liaison without a region', { role: 'ars_liaison' }, 'regionCode', SCOPE_MESSAGES.regionRequired],
      ['a director with a unit', { role: 'director', unitCode: 'PF' }, 'unitCode', 'Le rôle «\u00a0Directeur·rice\u00a0» n’est rattaché à aucune sous-direction.'],
      ['a viewer with a region', { role: 'viewer', regionCode: '53' }, 'regionCode', 'Le rôle «\u00a0Lecteur·rice\u00a0» n’est rattaché à aucune région.'],
      ['a project manager with a region too', { role: 'project_manager', unitCode: 'PF', regionCode: '53' }, 'regionCode', SCOPE_MESSAGES.noRegion('project_manager')],
      ['an unknown unit', { role: 'project_manager', unitCode: 'XX' }, 'unitCode', 'La sous-direction doit être l’une de : PF, RH, R, Q, N, DNS.'],
      ['an unknown role', { role: 'superuser' }, 'role', 'Le rôle doit être l’un de : admin, director, project_manager, ars_liaison, viewer.'],
    ])('refuses %s with a French field error', async (_, scope, field, message) => {
      const response = await create({ email: 'refus@sante.example.fr', name: 'Refus', ...scope });
      expect(response.status).toBe(400);
      expect(response.body.fields[field]).toBe(message);
    });

    it('refuses an address already taken, whatever its case (409)', async () => {
      const response = await create({ email: ' PF@Boussole.TEST ', name: 'Doublon', role: 'viewer' });
      expect(response.status).toBe(409);
      expect(response.body.message).toBe(USER_MESSAGES.emailTaken);
      expect(response.body.fields.email).toBe(USER_MESSAGES.emailTaken);
    });

    it('creates a project manager of a unit with a one-time invitation, valid 7 days, audited', async () => {
      const response = await create({ email: 'Jeanne.Martin@sante.example.fr', name: '  Jeanne Martin ', role: 'project_manager', unitCode: 'RH' });
      expect(response.status).toBe(201);
      const { user, invitation } = response.body;
      expect(user).toMatchObject({
        email: 'jeanne.martin@sante.example.fr', name: 'Jeanne Martin', role: 'project_manager', unit: { code: 'RH' },
        regionCode: null, active: true, hasPassword: false, lastSeenAt: null, version: 1,
      });
      expect(user.pendingLinkExpiresAt).toBe(invitation.expiresAt);
      const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86400000;
      expect(days).toBeGreaterThan(6.99);
      expect(days).toBeLessThanOrEqual(7);
      const token = invitation.link.split('/invitation/')[1];
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // Only the token's hash is kept.
      const stored = (await t.sql.query(`SELECT purpose, created_by, encode(token_hash, 'hex') AS hash FROM account_tokens WHERE user_id = $1`, [user.id])).rows;
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ purpose: 'invitation', created_by: adminId });
      expect(stored[0].hash).not.toContain(Buffer.from(token).toString('hex'));
      expect(JSON.stringify(response.body)).not.toMatch(/password_hash|passwordHash|token_hash/);

      expect(await audits(t, 'user.create', user.id)).toEqual([
        { actor_id: adminId, before: null, after: { email: 'jeanne.martin@sante.example.fr', name: 'Jeanne Martin', role: 'project_manager', unitCode: 'RH', regionCode: null } },
      ]);
      expect((await audits(t, 'invitation.create', user.id))[0].after).toMatchObject({ purpose: 'invitation', emailed: false });

      const link = await t.request(`/auth/invitations/${token}`);
      expect(link.body).toEqual({ email: 'jeanne.martin@sante.example.fr', name: 'Jeanne Martin', purpose: 'invitation', expiresAt: invitation.expiresAt });
    });

    it('creates an ARS liaison of a region, and a director attached to nothing', async () => {
      const liaison = await create({ email: 'ars.normandie@sante.example.fr', name: 'Yann Le Bihan', role: 'ars_liaison', regionCode: '28' });
      expect(liaison.status).toBe(201);
      expect(liaison.body.user).toMatchObject({ role: 'ars_liaison', regionCode: '28', unit: null });
      const director = await create({ email: 'directrice.adjointe@sante.example.fr', name: 'Anne Vidal', role: 'director', unitCode: null });
      expect(director.status).toBe(201);
      expect(director.body.user).toMatchObject({ role: 'director', regionCode: null, unit: null });
    });

    it('is refused to anyone but an admin', async () => {
      const director = await t.login('direction@boussole.test');
      const response = await t.request('/users', { method: 'POST', token: director, json: { email: 'x@sante.example.fr', name: 'X', role: 'viewer' } });
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('La gestion des utilisateurs est réservée à l’administration.');
      expect((await t.request('/users', { token: director })).status).toBe(403);
      expect((await t.request('/users/1', { token: director })).status).toBe(403);
    });
  });

  describe('listing', () => {
    const list = (query: string) => t.request(`/users${query}`, { token: admin });

    it('searches names and addresses without regard to accents or case', async () => {
      const maelle = await list('?q=MAELLE');
      expect(maelle.body.map((u: { name: string }) => u.name)).toEqual(['Maëlle Le Goff']);
      const elodie = await list('?q=elodie');
      expect(elodie.body.map((u: { email: string }) => u.email)).toEqual(['dns@boussole.test']);
      const byAddress = await list('?q=ars-idf@');
      expect(byAddress.body.map((u: { name: string }) => u.name)).toEqual(['Karim Haddad']);
      expect((await list('?q=personne-de-ce-nom')).body).toEqual([]);
      // LIKE's wildcards are searched for as they are.
      expect((await list('?q=%25')).body).toEqual([]);
    });

    it('filters by role, unit, region and active', async () => {
      const managers = await list('?role=project_manager&pageSize=200');
      expect(managers.body.every((u: { role: string }) => u.role === 'project_manager')).toBe(true);
      expect(Number(managers.headers.get('x-total-count'))).toBe(managers.body.length);
      expect(managers.body.length).toBeGreaterThanOrEqual(6);
      expect((await list('?unit=PF')).body.map((u: { email: string }) => u.email)).toEqual(['pf@boussole.test']);
      expect((await list('?region=53')).body.map((u: { email: string }) => u.email)).toEqual(['ars-bretagne@boussole.test']);
      expect((await list('?role=ars_liaison&region=04')).body).toHaveLength(1);
      expect((await list('?active=false')).body.every((u: { active: boolean }) => !u.active)).toBe(true);
      expect((await list('?active=true&role=admin')).body.map((u: { email: string }) => u.email)).toEqual(['admin@boussole.test']);
    });

    it('paginates in name order with the total in X-Total-Count', async () => {
      const all = await list('?pageSize=200');
      const total = Number(all.headers.get('x-total-count'));
      expect(total).toBe(all.body.length);
      const names = all.body.map((u: { name: string }) => u.name);
      expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));
      const second = await list('?pageSize=5&page=2');
      expect(second.headers.get('x-total-count')).toBe(String(total));
      expect(second.body.map((u: { id: number }) => u.id)).toEqual(all.body.slice(5, 10).map((u: { id: number }) => u.id));
      const beyond = await list('?pageSize=5&page=100');
      expect(beyond.body).toEqual([]);
      expect(beyond.headers.get('x-total-count')).toBe(String(total));
    });

    it('says when a user was last seen and whether they have a password', async () => {
      const [viewer] = (await list('?q=lecture@')).body;
      expect(viewer).toMatchObject({ hasPassword: true, pendingLinkExpiresAt: null });
      expect(viewer.lastSeenAt).toBeNull();
      await t.login('lecture@boussole.test');
      const [seen] = (await list('?q=lecture@')).body;
      expect(Date.now() - Date.parse(seen.lastSeenAt)).toBeLessThan(60000);
    });

    it('refuses unknown filters with French messages', async () => {
      const response = await list('?role=chef');
      expect(response.status).toBe(400);
      expect(response.body.fields.role).toMatch(/^Le paramètre « role » doit valoir/);
      expect((await list('?active=oui')).body.fields.active).toBe('Le paramètre « active » vaut true ou false.');
      expect((await list('?pageSize=500')).status).toBe(400);
    });
  });

  describe('editing (If-Match)', () => {
    let id: number;
    beforeAll(async () => {
      id = (await create({ email: 'marc.blanc@sante.example.fr', name: 'Marc Blanc', role: 'project_manager', unitCode: 'Q' })).body.user.id;
    });
    const patch = (json: unknown, ifMatch?: string) =>
      t.request(`/users/${id}`, { method: 'PATCH', token: admin, json, headers: ifMatch ? { 'if-match': ifMatch } : {} });

    it('needs the version it is based on (428), and refuses a stale one with the user as it is now (409)', async () => {
      const missing = await patch({ name: 'Marc Blanc-Durand' });
      expect(missing.status).toBe(428);
      expect(missing.body.message).toMatch(/If-Match/);
      const ok = await patch({ name: 'Marc Blanc-Durand' }, '"1"');
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ name: 'Marc Blanc-Durand', version: 2 });
      expect(ok.headers.get('etag')).toBe('"2"');
      const stale = await patch({ name: 'Marc B.', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.message).toBe(USER_MESSAGES.stale(2, 1));
      expect(stale.body.current).toMatchObject({ id, name: 'Marc Blanc-Durand', version: 2 });
      expect((await audits(t, 'user.update', id))).toEqual([
        { actor_id: adminId, before: { name: 'Marc Blanc' }, after: { name: 'Marc Blanc-Durand' } },
      ]);
    });

    it('changes the role with the scope it needs: a new role drops the unit it does not take', async () => {
      const needsRegion = await patch({ role: 'ars_liaison', version: 2 });
      expect(needsRegion.status).toBe(400);
      expect(needsRegion.body.fields).toEqual({ regionCode: SCOPE_MESSAGES.regionRequired });
      const liaison = await patch({ role: 'ars_liaison', regionCode: '76', version: 2 });
      expect(liaison.status).toBe(200);
      expect(liaison.body).toMatchObject({ role: 'ars_liaison', regionCode: '76', unit: null, version: 3 });
      const unitForLiaison = await patch({ unitCode: 'PF', version: 3 });
      expect(unitForLiaison.body.fields).toEqual({ unitCode: SCOPE_MESSAGES.noUnit('ars_liaison') });
      const unchanged = await patch({ role: 'ars_liaison', version: 3 });
      expect(unchanged.body.version).toBe(3);
      const audit = await audits(t, 'user.update', id);
      expect(audit[audit.length - 1]).toMatchObject({
        before: { role: 'project_manager', unitCode: 'Q', regionCode: null },
        after: { role: 'ars_liaison', unitCode: null, regionCode: '76' },
      });
    });

    it('refuses to give an address another account has', async () => {
      const response = await patch({ email: 'r@boussole.test', version: 3 });
      expect(response.status).toBe(409);
      expect(response.body.fields.email).toBe(USER_MESSAGES.emailTaken);
    });

    it('answers 404 for an unknown user and 400 for a malformed id', async () => {
      expect((await t.request('/users/999999', { token: admin })).status).toBe(404);
      expect((await t.request('/users/abc', { token: admin })).status).toBe(400);
      // The version ETag is for If-Match: revalidating a user's page gets the answer, never a stale 304.
      const user = await t.request(`/users/${adminId}`, { token: admin });
      expect(user.headers.get('cache-control')).toBe('no-store');
      expect((await t.request(`/users/${adminId}`, { token: admin, headers: { 'if-none-match': `"${user.body.version}"` } })).status).toBe(200);
      expect((await t.request('/users/999999', { method: 'PATCH', token: admin, json: { name: 'X', version: 1 } })).status).toBe(404);
    });
  });

  describe('the last active administrator', () => {
    it('cannot be deactivated nor lose the role; another admin lifts the rule', async () => {
      const self = (await t.request(`/users/${adminId}`, { token: admin })).body;
      const deactivate = await t.request(`/users/${adminId}`, { method: 'PATCH', token: admin, json: { active: false, version: self.version } });
      expect(deactivate.status).toBe(409);
      expect(deactivate.body.message).toBe(USER_MESSAGES.lastAdmin);
      const demote = await t.request(`/users/${adminId}`, { method: 'PATCH', token: admin, json: { role: 'viewer', version: self.version } });
      expect(demote.status).toBe(409);
      expect(demote.body.message).toBe(USER_MESSAGES.lastAdmin);

      const second = (await create({ email: 'second.admin@sante.example.fr', name: 'Second Admin', role: 'admin' })).body.user;
      const demoteSecond = await t.request(`/users/${second.id}`, { method: 'PATCH', token: admin, json: { role: 'viewer', version: 1 } });
      expect(demoteSecond.status).toBe(200);
      // Demoted, the second one no longer counts: the first is the last again.
      expect((await t.request(`/users/${adminId}`, { method: 'PATCH', token: admin, json: { active: false, version: self.version } })).status).toBe(409);
      expect((await t.sql.query(`SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active`)).rows[0].n).toBe(1);
    });
  });

  describe('links issued by an admin (POST /api/users/:id/invitation)', () => {
    it('replaces the earlier unused link; for a user with a password it is a reset link', async () => {
      const created = (await create({ email: 'nina.roux@sante.example.fr', name: 'Nina Roux', role: 'viewer' })).body;
      const first = created.invitation.link.split('/invitation/')[1];
      const again = await t.request(`/users/${created.user.id}/invitation`, { method: 'POST', token: admin });
      expect(again.status).toBe(201);
      expect(again.body).toEqual({ link: expect.stringMatching(/\/invitation\/[A-Za-z0-9_-]{43}$/), expiresAt: expect.any(String), emailed: false });
      const second = again.body.link.split('/invitation/')[1];
      expect((await t.request(`/auth/invitations/${first}`)).status).toBe(404);
      expect((await t.request(`/auth/invitations/${second}`)).body.purpose).toBe('invitation');

      const rh = (await t.sql.query(`SELECT id FROM users WHERE email = 'rh@boussole.test'`)).rows[0].id;
      const reset = await t.request(`/users/${rh}/invitation`, { method: 'POST', token: admin });
      const token = reset.body.link.split('/invitation/')[1];
      expect((await t.request(`/auth/invitations/${token}`)).body).toMatchObject({ email: 'rh@boussole.test', purpose: 'reset' });
      expect((await audits(t, 'invitation.create', rh))[0]).toMatchObject({ actor_id: adminId, after: { purpose: 'reset' } });
    });
  });
});
