import { createTestApp, TestApp } from './support/test-app';

describe('sign-in (POST /api/auth/login, /logout, GET /api/auth/me)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  it('opens a session: an HttpOnly SameSite cookie and a token usable as a bearer', async () => {
    const response = await t.request('/auth/login', {
      method: 'POST',
      json: { email: 'direction@boussole.test', password: 'Boussole-Demo-2025' },
    });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ email: 'direction@boussole.test', role: 'director' });
    expect(typeof response.body.token).toBe('string');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^boussole_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await t.request('/auth/me', { token: response.body.token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(response.body.user);

    const viaCookie = await t.request('/auth/me', { headers: { cookie: cookie.split(';')[0] } });
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.body.email).toBe('direction@boussole.test');
  });

  it('accepts the e-mail whatever its case and surrounding spaces', async () => {
    const response = await t.request('/auth/login', {
      method: 'POST',
      json: { email: '  PF@Boussole.test ', password: 'Boussole-Demo-2025' },
    });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ role: 'project_manager', unit: { code: 'PF' } });
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const unknown = await t.request('/auth/login', { method: 'POST', json: { email: 'personne@boussole.test', password: 'x' } });
    const wrong = await t.request('/auth/login', { method: 'POST', json: { email: 'admin@boussole.test', password: 'mauvais' } });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body).toEqual({
      statusCode: 401,
      error: 'Non authentifié',
      message: 'Adresse électronique ou mot de passe incorrect.',
    });
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('refuses malformed input with a French 400 naming the field', async () => {
    const noEmail = await t.request('/auth/login', { method: 'POST', json: { password: 'x' } });
    expect(noEmail.status).toBe(400);
    expect(noEmail.body.fields.email).toMatch(/adresse électronique/i);

    const extra = await t.request('/auth/login', { method: 'POST', json: { email: 'a@b.fr', password: 'x', role: 'admin' } });
    expect(extra.status).toBe(400);
    expect(extra.body.fields.role).toBe('Le champ « role » n’est pas attendu.');

    const broken = await t.request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toBe('Le corps de la requête n’est pas un JSON valide.');
  });

  it('never returns a password hash or another user’s token', async () => {
    const response = await t.request('/auth/login', {
      method: 'POST',
      json: { email: 'admin@boussole.test', password: 'Boussole-Demo-2025' },
    });
    const text = JSON.stringify(response.body);
    expect(text).not.toMatch(/argon2|passwordHash|password_hash|tokenHash/);
    const [{ password_hash }] = (await t.sql.query(`SELECT password_hash FROM users WHERE email = 'admin@boussole.test'`)).rows;
    expect(password_hash).toMatch(/^\$argon2id\$/);
    // Only a hash of the token is stored.
    const stored = await t.sql.query(`SELECT count(*)::int AS n FROM sessions WHERE token_hash = $1`, [Buffer.from(response.body.token)]);
    expect(stored.rows[0].n).toBe(0);
  });

  it('answers 401 without a session, and after sign-out', async () => {
    expect((await t.request('/auth/me')).status).toBe(401);
    expect((await t.request('/auth/me', { token: 'not-a-real-token-but-long-enough' })).body).toEqual({
      statusCode: 401,
      error: 'Non authentifié',
      message: 'Authentification requise : connectez-vous.',
    });
    const token = await t.login('lecture@boussole.test');
    expect((await t.request('/auth/me', { token })).status).toBe(200);
    const out = await t.request('/auth/logout', { method: 'POST', token });
    expect(out.status).toBe(204);
    expect((await t.request('/auth/me', { token })).status).toBe(401);
  });

  it('records sign-ins and failures in the audit trail', async () => {
    const before = (await t.sql.query(`SELECT count(*)::int AS n FROM audit_events WHERE verb = 'auth.login'`)).rows[0].n;
    await t.login('rh@boussole.test');
    const after = (await t.sql.query(`SELECT count(*)::int AS n FROM audit_events WHERE verb = 'auth.login'`)).rows[0].n;
    expect(after).toBe(before + 1);
  });

  it('refuses a browser write coming from another origin', async () => {
    const login = await t.request('/auth/login', { method: 'POST', json: { email: 'q@boussole.test', password: 'Boussole-Demo-2025' } });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const response = await t.request('/auth/logout', { method: 'POST', headers: { cookie, origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect(response.body.message).toBe('Requête d’une autre origine refusée.');
  });

  it('slows down repeated failures for one e-mail address (429)', async () => {
    let last = 0;
    // The 5th failure blocks the next attempt for 2 s (login-throttle.spec.ts has the rest of the rules).
    for (let i = 0; i < 5; i++) {
      last = (await t.request('/auth/login', { method: 'POST', json: { email: 'n@boussole.test', password: `faux-${i}` } })).status;
    }
    expect(last).toBe(401);
    const good = await t.request('/auth/login', { method: 'POST', json: { email: 'n@boussole.test', password: 'Boussole-Demo-2025' } });
    expect(good.status).toBe(429);
    expect(good.body.message).toMatch(/Trop de tentatives/);
  });
});
