import { ConfigError, loadConfig } from '../config/app-config';
import { CookieBrowser } from './support/browser-jar';
import { startTestProvider, type TestProvider } from './support/oidc-provider';
import { createTestApp, TestApp } from './support/test-app';

/** ProConnect sign-in against a real OpenID provider (oidc-provider) started by the spec. */
const APP_PORT = 55504;
const PROVIDER_PORT = 55505;
const APP = `http://127.0.0.1:${APP_PORT}`;
const CALLBACK = `${APP}/api/auth/proconnect/callback`;
const SESSION_COOKIE = 'boussole_session';

const client = { client_id: 'boussole', client_secret: 'un-secret-de-test-assez-long', redirect_uris: [CALLBACK], post_logout_redirect_uris: [`${APP}/`] };
const PROCONNECT_ENV = {
  PROCONNECT_ISSUER: `http://127.0.0.1:${PROVIDER_PORT}`,
  PROCONNECT_CLIENT_ID: client.client_id,
  PROCONNECT_CLIENT_SECRET: client.client_secret,
  PROCONNECT_REDIRECT_URI: CALLBACK,
};

describe('ProConnect sign-in', () => {
  let provider: TestProvider;
  let t: TestApp;

  beforeAll(async () => {
    provider = await startTestProvider({
      client,
      port: PROVIDER_PORT,
      accounts: {
        'sub-pf': { email: 'PF@boussole.test', given_name: 'Paul', usual_name: 'Financement', uid: 'pf-1' },
        'sub-inconnu': { email: 'personne@sante.gouv.fr', given_name: 'Personne', usual_name: 'Inconnue' },
        'sub-rh': { email: 'rh@boussole.test' },
        'sub-q': { email: 'q@boussole.test' },
        'sub-n': { email: 'n@boussole.test' },
        'sub-dns': { email: 'dns@boussole.test' },
      },
    });
    t = await createTestApp({ env: PROCONNECT_ENV, port: APP_PORT });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.stop();
  });

  /** Starts a sign-in as `account` and returns the callback URL the provider sends the browser to. */
  async function toCallback(browser: CookieBrowser, account: string | null, retour?: string): Promise<string> {
    await provider.next({ account });
    const login = `${t.base}/auth/proconnect/login${retour ? `?retour=${encodeURIComponent(retour)}` : ''}`;
    return browser.followUntil(login, (location) => location.startsWith(CALLBACK));
  }

  /** The callback's answer: where it sends the browser. */
  async function finish(browser: CookieBrowser, callbackUrl: string): Promise<string> {
    const response = await browser.get(callbackUrl);
    expect(response.status).toBe(302);
    return response.headers.get('location') ?? '';
  }

  async function me(browser: CookieBrowser) {
    const response = await browser.get(`${t.base}/auth/me`);
    return { status: response.status, body: response.status === 200 ? await response.json() : null };
  }

  it('says it is on, and starts the code flow with PKCE (S256), state, nonce and ProConnect’s scopes', async () => {
    expect((await t.request('/health')).body.proconnect).toBe(true);
    const browser = new CookieBrowser();
    const response = await browser.get(`${t.base}/auth/proconnect/login`);
    expect(response.status).toBe(302);
    const url = new URL(response.headers.get('location') ?? '');
    expect(url.origin).toBe(PROCONNECT_ENV.PROCONNECT_ISSUER);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'boussole',
      response_type: 'code',
      redirect_uri: CALLBACK,
      scope: 'openid email given_name usual_name uid',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    // The verifier, state and nonce stay on the server; the browser holds only the flow's id, HttpOnly.
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('boussole_proconnect='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/api\/auth\/proconnect/);
    expect(cookie).not.toContain(url.searchParams.get('state') as string);
  });

  it('signs in an active account by its e-mail (any case), links it, then signs in by the link', async () => {
    const first = new CookieBrowser();
    expect(await finish(first, await toCallback(first, 'sub-pf', '/plans/1'))).toBe('/plans/1');
    expect(first.cookies.has(SESSION_COOKIE)).toBe(true);
    expect(first.cookies.has('boussole_proconnect')).toBe(false);
    const signedIn = await me(first);
    expect(signedIn).toMatchObject({ status: 200, body: { email: 'pf@boussole.test', role: 'project_manager' } });
    const { rows: [pf] } = await t.sql.query(`SELECT id, proconnect_sub FROM users WHERE email = 'pf@boussole.test'`);
    expect(pf.proconnect_sub).toBe('sub-pf');
    const { rows: events } = await t.sql.query(
      `SELECT verb, after FROM audit_events WHERE actor_id = $1 AND verb IN ('auth.login', 'user.proconnect_linked') ORDER BY id`,
      [pf.id],
    );
    expect(events).toEqual([
      { verb: 'user.proconnect_linked', after: { proconnectSub: 'sub-pf' } },
      { verb: 'auth.login', after: { method: 'proconnect' } },
    ]);

    // The e-mail changes at the provider: the link still finds the account.
    await provider.next({ accounts: { 'sub-pf': { email: 'paul.financement@sante.gouv.fr' } } });
    const second = new CookieBrowser();
    expect(await finish(second, await toCallback(second, 'sub-pf', '//ailleurs.example/piege'))).toBe('/');
    expect((await me(second)).body).toMatchObject({ id: pf.id, email: 'pf@boussole.test' });
    const { rows: [{ n }] } = await t.sql.query(`SELECT count(*)::int AS n FROM audit_events WHERE verb = 'user.proconnect_linked'`);
    expect(n).toBe(1);
  });

  it('refuses an e-mail that no account has, and creates no account', async () => {
    const users = (await t.sql.query(`SELECT count(*)::int AS n FROM users`)).rows[0].n;
    const browser = new CookieBrowser();
    expect(await finish(browser, await toCallback(browser, 'sub-inconnu'))).toBe('/connexion?proconnect=compte-inconnu');
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM users`)).rows[0].n).toBe(users);
    const { rows } = await t.sql.query(`SELECT after FROM audit_events WHERE verb = 'auth.login_failed' AND entity_id = 'personne@sante.gouv.fr'`);
    expect(rows).toEqual([{ after: { method: 'proconnect', reason: 'compte-inconnu' } }]);
  });

  it('refuses an inactive account, and one linked to another ProConnect identity', async () => {
    await t.sql.query(`UPDATE users SET active = false WHERE email = 'rh@boussole.test'`);
    const inactive = new CookieBrowser();
    expect(await finish(inactive, await toCallback(inactive, 'sub-rh'))).toBe('/connexion?proconnect=compte-inactif');
    expect((await t.sql.query(`SELECT proconnect_sub FROM users WHERE email = 'rh@boussole.test'`)).rows[0].proconnect_sub).toBeNull();

    await t.sql.query(`UPDATE users SET proconnect_sub = 'une-autre-identite' WHERE email = 'q@boussole.test'`);
    const linked = new CookieBrowser();
    expect(await finish(linked, await toCallback(linked, 'sub-q'))).toBe('/connexion?proconnect=compte-lie');
    expect(linked.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses a tampered state, then the same callback again (a flow is used once)', async () => {
    const browser = new CookieBrowser();
    const callback = new URL(await toCallback(browser, 'sub-n'));
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const saved = new Map(browser.cookies);
    expect(await finish(browser, tampered.href)).toBe('/connexion?proconnect=verification');
    // Even with the flow's cookie kept, the genuine callback comes too late: the flow is spent.
    for (const [name, value] of saved) browser.cookies.set(name, value);
    expect(await finish(browser, callback.href)).toBe('/connexion?proconnect=expiree');
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses a callback in a browser that did not start the sign-in (no flow cookie)', async () => {
    const started = new CookieBrowser();
    const callback = await toCallback(started, 'sub-n');
    const other = new CookieBrowser();
    expect(await finish(other, callback)).toBe('/connexion?proconnect=expiree');
    expect(other.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses an ID token whose nonce is not the flow’s', async () => {
    await provider.next({ nonce: 'un-autre-nonce-que-celui-du-flux' });
    const browser = new CookieBrowser();
    expect(await finish(browser, await toCallback(browser, 'sub-n'))).toBe('/connexion?proconnect=verification');
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses an expired code', async () => {
    await provider.next({ codeTtl: 1 });
    try {
      const browser = new CookieBrowser();
      const callback = await toCallback(browser, 'sub-n');
      await new Promise((resolve) => setTimeout(resolve, 2100));
      expect(await finish(browser, callback)).toBe('/connexion?proconnect=code');
      expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    } finally {
      await provider.next({ codeTtl: 60 });
    }
  });

  it('refuses when the person cancels or the provider refuses', async () => {
    const browser = new CookieBrowser();
    const callback = new URL(await toCallback(browser, null));
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(await finish(browser, callback.href)).toBe('/connexion?proconnect=annulee');
  });

  it('signs out at the provider too: the end-session URL with id_token_hint, and the Boussole session is gone', async () => {
    const browser = new CookieBrowser();
    expect(await finish(browser, await toCallback(browser, 'sub-dns'))).toBe('/');
    const { rows: [session] } = await t.sql.query(
      `SELECT s.id, s.id_token FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'dns@boussole.test' ORDER BY s.id DESC LIMIT 1`,
    );
    expect(session.id_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect((await browser.get(`${t.base}/auth/sessions`)).status).toBe(200);
    const sessions = await (await browser.get(`${t.base}/auth/sessions`)).json();
    expect(JSON.stringify(sessions)).not.toContain(session.id_token);

    const logout = await browser.get(`${t.base}/auth/logout`, { method: 'POST', headers: { origin: APP, 'content-type': 'application/json' }, body: '{}' });
    expect(logout.status).toBe(200);
    const { endSessionUrl } = await logout.json();
    const discovery = await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json();
    const url = new URL(endSessionUrl);
    expect(`${url.origin}${url.pathname}`).toBe(discovery.end_session_endpoint);
    expect(url.searchParams.get('id_token_hint')).toBe(session.id_token);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${APP}/`);
    expect((await t.sql.query(`SELECT 1 FROM sessions WHERE id = $1`, [session.id])).rowCount).toBe(0);
    expect((await me(browser)).status).toBe(401);
    // The provider accepts it: its sign-out page, for the browser to confirm.
    expect((await browser.get(endSessionUrl)).status).toBe(200);

    // A password session signs out as before: 204, nothing to do at the provider.
    const token = await t.login('pf@boussole.test');
    expect((await t.request('/auth/logout', { method: 'POST', token })).status).toBe(204);
  });
});

describe('ProConnect absent or unreachable', () => {
  it('refuses a partial configuration, naming what is missing', () => {
    expect(() => loadConfig({ PROCONNECT_ISSUER: 'https://auth.example.fr', PROCONNECT_CLIENT_ID: 'x' })).toThrow(ConfigError);
    expect(() => loadConfig({ PROCONNECT_ISSUER: 'https://auth.example.fr', PROCONNECT_CLIENT_ID: 'x' })).toThrow(
      /il manque PROCONNECT_CLIENT_SECRET, PROCONNECT_REDIRECT_URI/,
    );
    expect(() => loadConfig({ ...PROCONNECT_ENV, PROCONNECT_ISSUER: 'pas une adresse' })).toThrow(/PROCONNECT_ISSUER doit être une adresse http\(s\)/);
    expect(loadConfig({}).proconnect).toBeNull();
    expect(loadConfig({ ...PROCONNECT_ENV, PROCONNECT_REDIRECT_URI: 'https://boussole.example.fr/api/auth/proconnect/callback' }).proconnect).toMatchObject({
      postLogoutRedirectUri: 'https://boussole.example.fr/',
    });
  });

  it('without ProConnect: the health says off and the routes answer 404 in French', async () => {
    const t = await createTestApp();
    try {
      expect((await t.request('/health')).body.proconnect).toBe(false);
      for (const path of ['/auth/proconnect/login', '/auth/proconnect/callback?code=x&state=y']) {
        const response = await t.request(path, { redirect: 'manual' });
        expect(response.status).toBe(404);
        expect(response.body.message).toBe(
          'La connexion par ProConnect n’est pas configurée sur ce serveur : connectez-vous avec votre adresse électronique et votre mot de passe.',
        );
      }
    } finally {
      await t.close();
    }
  });

  it('starts while the provider is down, sends the browser back with a French reason, and counts the attempts per IP', async () => {
    const t = await createTestApp({ env: { ...PROCONNECT_ENV, PROCONNECT_ISSUER: 'http://127.0.0.1:55509', WRITE_RATE_LIMIT_IP: '2' } });
    try {
      expect((await t.request('/health')).status).toBe(200);
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await fetch(`${t.base}/auth/proconnect/login`, { redirect: 'manual' });
        expect(response.status).toBe(302);
        expect(response.headers.get('location')).toBe('/connexion?proconnect=indisponible');
      }
      // Each start writes a flow: the IP's write limit holds for them as for any write.
      const third = await t.request('/auth/proconnect/login', { redirect: 'manual' });
      expect(third.status).toBe(429);
      expect(third.body.message).toMatch(/réessayez dans/);
    } finally {
      await t.close();
    }
  });
});
