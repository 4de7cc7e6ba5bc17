import { randomBytes } from 'node:crypto';
import { LINK_MESSAGES } from '../auth/account-links.service';
import { createTestApp, TestApp } from './support/test-app';

const GOOD_PASSWORD = 'Hibou-Cornichon-Velo-42';

describe('invitation and reset links (GET/POST /api/auth/invitations/:token)', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
  });
  afterAll(async () => t.close());

  const invite = async (email: string, name: string) => {
    const response = await t.request('/users', { method: 'POST', token: admin, json: { email, name, role: 'project_manager', unitCode: 'N' } });
    expect(response.status).toBe(201);
    return { id: response.body.user.id as number, token: response.body.invitation.link.split('/invitation/')[1] as string };
  };
  const choose = (token: string, password: string, headers: Record<string, string> = {}) =>
    t.request(`/auth/invitations/${token}`, { method: 'POST', json: { password }, headers });

  it('lets the person choose a password once, then signs them in as a login would', async () => {
    const { id, token } = await invite('camille.noel@sante.example.fr', 'Camille Noël');
    const chosen = await choose(token, GOOD_PASSWORD);
    expect(chosen.status).toBe(200);
    expect(chosen.body.user).toMatchObject({ id, email: 'camille.noel@sante.example.fr', role: 'project_manager', unit: { code: 'N' } });
    const cookie = chosen.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^boussole_session=.+HttpOnly/i);
    expect((await t.request('/auth/me', { token: chosen.body.token })).body.email).toBe('camille.noel@sante.example.fr');
    expect((await t.request('/auth/me', { headers: { cookie: cookie.split(';')[0] } })).status).toBe(200);

    // The link has served: refused from now on, with a French message.
    const again = await choose(token, 'Autre-Mot-De-Passe-Solide-77');
    expect(again.status).toBe(410);
    expect(again.body).toEqual({ statusCode: 410, error: 'Plus disponible', message: LINK_MESSAGES.used });
    expect((await t.request(`/auth/invitations/${token}`)).status).toBe(410);

    const login = await t.request('/auth/login', { method: 'POST', json: { email: 'camille.noel@sante.example.fr', password: GOOD_PASSWORD } });
    expect(login.status).toBe(200);
    const user = (await t.request(`/users/${id}`, { token: admin })).body;
    expect(user).toMatchObject({ hasPassword: true, pendingLinkExpiresAt: null });
    const audit = (await t.sql.query(`SELECT actor_id, after FROM audit_events WHERE verb = 'password.set' AND entity_id = $1`, [String(id)])).rows;
    expect(audit).toEqual([{ actor_id: id, after: expect.objectContaining({ purpose: 'invitation' }) }]);
  });

  it('keeps the link usable when the password is refused', async () => {
    const { token } = await invite('hugo.lambert@sante.example.fr', 'Hugo Lambert');
    const refused = await choose(token, 'court');
    expect(refused.status).toBe(400);
    expect(refused.body.fields.password).toBe('Le mot de passe doit compter au moins 12 caractères (il en compte 5).');
    expect((await t.request(`/auth/invitations/${token}`)).status).toBe(200);
    expect((await choose(token, GOOD_PASSWORD)).status).toBe(200);
  });

  it('refuses an expired link, with the date it expired', async () => {
    const { token } = await invite('zoe.fabre@sante.example.fr', 'Zoé Fabre');
    await t.sql.query(
      `UPDATE account_tokens SET created_at = '2025-01-08T09:30:00Z', expires_at = '2025-01-15T09:30:00Z'
        WHERE user_id = (SELECT id FROM users WHERE email = 'zoe.fabre@sante.example.fr')`,
    );
    const read = await t.request(`/auth/invitations/${token}`);
    expect(read.status).toBe(410);
    expect(read.body.message).toBe(
      'Ce lien a expiré le 15/01/2025 à 10:30. Demandez-en un nouveau à l’administration, ou avec « Mot de passe oublié ».',
    );
    const used = await choose(token, GOOD_PASSWORD);
    expect(used.status).toBe(410);
    expect((await t.sql.query(`SELECT password_hash FROM users WHERE email = 'zoe.fabre@sante.example.fr'`)).rows[0].password_hash).toBeNull();
  });

  it('answers 404 for an unknown or malformed link', async () => {
    const unknown = await t.request(`/auth/invitations/${randomBytes(32).toString('base64url')}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe(LINK_MESSAGES.unknown);
    expect((await t.request('/auth/invitations/pas-un-jeton')).status).toBe(404);
    expect((await choose('pas-un-jeton', GOOD_PASSWORD)).status).toBe(404);
  });

  it('serves once even when two tabs send it together', async () => {
    const { token } = await invite('lucas.bonnet@sante.example.fr', 'Lucas Bonnet');
    const results = await Promise.all([choose(token, GOOD_PASSWORD), choose(token, 'Autre-Mot-De-Passe-Solide-77')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = 'lucas.bonnet@sante.example.fr')`)).rows[0].n).toBe(1);
  });

  it('through a reset link, ends the sessions the person had open', async () => {
    const old = await t.login('r@boussole.test');
    const id = (await t.sql.query(`SELECT id FROM users WHERE email = 'r@boussole.test'`)).rows[0].id;
    const link = (await t.request(`/users/${id}/invitation`, { method: 'POST', token: admin })).body.link as string;
    const chosen = await choose(link.split('/invitation/')[1], GOOD_PASSWORD);
    expect(chosen.status).toBe(200);
    expect((await t.request('/auth/me', { token: old })).status).toBe(401);
    expect((await t.request('/auth/me', { token: chosen.body.token })).status).toBe(200);
    expect((await t.request('/auth/login', { method: 'POST', json: { email: 'r@boussole.test', password: 'Boussole-Demo-2025' } })).status).toBe(401);
  });

  it('takes the public address for the link when PUBLIC_URL is set', async () => {
    const other = await createTestApp({ env: { PUBLIC_URL: 'https://boussole.example.fr/' } });
    try {
      const token = await other.login('admin@boussole.test');
      const created = await other.request('/users', { method: 'POST', token, json: { email: 'eva.morel@sante.example.fr', name: 'Eva Morel', role: 'viewer' } });
      expect(created.body.invitation.link).toMatch(/^https:\/\/boussole\.example\.fr\/invitation\/[A-Za-z0-9_-]{43}$/);
    } finally {
      await other.close();
    }
  });
});
