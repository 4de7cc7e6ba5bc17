import { createTestApp, TestApp } from './support/test-app';

/** Deactivation behind a load balancer: every session of the user ends at once, on every replica. */
describe('deactivating and reactivating a user (PATCH /api/users/:id {active})', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: string;
  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ shareWith: a });
    admin = await a.login('admin@boussole.test');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const userId = async (email: string) => (await a.sql.query(`SELECT id FROM users WHERE email = $1`, [email])).rows[0].id as number;
  const setActive = async (id: number, active: boolean) => {
    const { version } = (await a.request(`/users/${id}`, { token: admin })).body;
    return a.request(`/users/${id}`, { method: 'PATCH', token: admin, json: { active, version } });
  };

  it('ends every session of the user on both replicas at once, and refuses their sign-in', async () => {
    const id = await userId('pf@boussole.test');
    const first = await a.login('pf@boussole.test');
    const second = await b.login('pf@boussole.test');
    // Both replicas have read (and now trust for a few seconds) both sessions.
    for (const replica of [a, b]) for (const token of [first, second]) expect((await replica.request('/auth/me', { token })).status).toBe(200);

    const response = await setActive(id, false);
    expect(response.status).toBe(200);
    expect(response.body.active).toBe(false);
    expect((await a.sql.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [id])).rows[0].n).toBe(0);

    // The other replica hears of it through PostgreSQL NOTIFY, well before its trust would lapse.
    let statuses: number[] = [];
    for (let i = 0; i < 50; i++) {
      statuses = [];
      for (const token of [first, second]) statuses.push((await b.request('/auth/me', { token })).status);
      if (statuses.every((s) => s === 401)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(statuses).toEqual([401, 401]);
    expect((await a.request('/auth/me', { token: first })).status).toBe(401);
    expect((await b.request('/auth/login', { method: 'POST', json: { email: 'pf@boussole.test', password: 'Boussole-Demo-2025' } })).status).toBe(401);

    const audit = (await a.sql.query(`SELECT verb, before, after FROM audit_events WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`, [String(id)])).rows;
    expect(audit).toEqual([{ verb: 'user.deactivate', before: { active: true }, after: { active: false } }]);
  });

  it('keeps the deactivated user’s name on what they wrote', async () => {
    const id = await userId('pf@boussole.test');
    const [update] = (await a.sql.query(`SELECT action_id FROM status_updates WHERE author_id = $1 ORDER BY id DESC LIMIT 1`, [id])).rows;
    const history = await b.request(`/actions/${update.action_id}/updates`, { token: admin });
    expect(history.status).toBe(200);
    expect(history.body.some((u: { author: { id: number; name: string } }) => u.author.id === id && u.author.name === 'Julien Moreau')).toBe(true);
    expect((await a.request(`/users?active=false`, { token: admin })).body.map((u: { name: string }) => u.name)).toContain('Julien Moreau');
  });

  it('reactivates the user, who signs in again with the same password', async () => {
    const id = await userId('pf@boussole.test');
    const response = await setActive(id, true);
    expect(response.status).toBe(200);
    expect(response.body.active).toBe(true);
    const token = await b.login('pf@boussole.test');
    expect((await a.request('/auth/me', { token })).body.email).toBe('pf@boussole.test');
    const verbs = (await a.sql.query(`SELECT verb FROM audit_events WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`, [String(id)])).rows;
    expect(verbs.map((r: { verb: string }) => r.verb)).toEqual(['user.deactivate', 'user.reactivate']);
  });

  it('makes a new role count at once on the other replica, without signing the user out', async () => {
    const id = await userId('direction@boussole.test');
    const token = await a.login('direction@boussole.test');
    expect((await b.request('/auth/me', { token })).body.role).toBe('director');
    const { version } = (await a.request(`/users/${id}`, { token: admin })).body;
    expect((await a.request(`/users/${id}`, { method: 'PATCH', token: admin, json: { role: 'viewer', version } })).status).toBe(200);
    let role = 'director';
    for (let i = 0; i < 50 && role === 'director'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      role = (await b.request('/auth/me', { token })).body.role;
    }
    expect(role).toBe('viewer');
  });

  it('refuses a link for a deactivated user, and ends their pending invitation', async () => {
    const created = await a.request('/users', { method: 'POST', token: admin, json: { email: 'ines.garnier@sante.example.fr', name: 'Inès Garnier', role: 'viewer' } });
    const token = created.body.invitation.link.split('/invitation/')[1];
    expect((await setActive(created.body.user.id, false)).status).toBe(200);
    expect((await a.request(`/auth/invitations/${token}`)).status).toBe(404);
    const again = await a.request(`/users/${created.body.user.id}/invitation`, { method: 'POST', token: admin });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Ce compte est désactivé : réactivez-le avant de lui envoyer un lien.');
  });
});
