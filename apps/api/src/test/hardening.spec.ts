import { ConfigError, loadConfig } from '../config/app-config';
import { createTestApp, TestApp } from './support/test-app';

const PASSWORD = 'Boussole-Demo-2025';

describe('COOKIE_SECURE, TRUST_PROXY and the write limits in the environment', () => {
  it('takes COOKIE_SECURE as exactly true or false, and refuses false in production', () => {
    expect(loadConfig({ BOUSSOLE_MODE: 'demo' }).secureCookies).toBe(false);
    expect(loadConfig({ BOUSSOLE_MODE: 'demo', COOKIE_SECURE: 'true' }).secureCookies).toBe(true);
    expect(loadConfig({ BOUSSOLE_MODE: 'production' }).secureCookies).toBe(true);
    for (const value of ['TRUE', '1', 'yes', 'false ', 'on']) {
      expect(() => loadConfig({ BOUSSOLE_MODE: 'demo', COOKIE_SECURE: value })).toThrow(/COOKIE_SECURE doit valoir exactement « true » ou « false »/);
    }
    expect(() => loadConfig({ BOUSSOLE_MODE: 'production', COOKIE_SECURE: 'false' })).toThrow(ConfigError);
    expect(() => loadConfig({ BOUSSOLE_MODE: 'production', COOKIE_SECURE: 'false' })).toThrow(/refusé en production/);
  });

  it('reads TRUST_PROXY (loopback by default, never « true ») and the write limits (0: none)', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: 'loopback, uniquelocal' }).trustProxy).toBe('loopback,uniquelocal');
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'tout le monde' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({})).toMatchObject({ writeRateLimitSession: 300, writeRateLimitIp: 1200 });
    expect(loadConfig({ WRITE_RATE_LIMIT_SESSION: '0', WRITE_RATE_LIMIT_IP: '5000' })).toMatchObject({ writeRateLimitSession: 0, writeRateLimitIp: 5000 });
    expect(() => loadConfig({ WRITE_RATE_LIMIT_IP: '-1' })).toThrow(/WRITE_RATE_LIMIT_IP/);
    expect(() => loadConfig({ WRITE_RATE_LIMIT_SESSION: '10/min' })).toThrow(/WRITE_RATE_LIMIT_SESSION/);
  });
});

describe('in production: the __Host- cookie, no-store, Clear-Site-Data, the API docs behind sign-in', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ env: { BOUSSOLE_MODE: 'production' } })));
  afterAll(async () => t.close());

  it('names the cookie __Host-boussole_session, Secure, Path=/, without Domain, and reads only that name', async () => {
    const login = await t.request('/auth/login', { method: 'POST', json: { email: 'pf@boussole.test', password: PASSWORD } });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-boussole_session=[A-Za-z0-9_-]+;/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).not.toMatch(/Domain=/i);
    const token = login.body.token as string;
    expect((await t.request('/auth/me', { headers: { cookie: `__Host-boussole_session=${token}` } })).status).toBe(200);
    // The unprefixed name, which a neighbouring subdomain could plant, is not read in production.
    expect((await t.request('/auth/me', { headers: { cookie: `boussole_session=${token}` } })).status).toBe(401);
  });

  it('sends Cache-Control: no-store on API answers, cached reads, errors and exports included', async () => {
    const token = await t.login('direction@boussole.test');
    const plans = await t.request('/plans', { token });
    expect(plans.headers.get('cache-control')).toBe('no-store');
    const planId = (plans.body as { id: number }[])[0].id;
    const rollup = await t.request(`/plans/${planId}/rollup`, { token });
    expect(rollup.status).toBe(200);
    expect(rollup.headers.get('cache-control')).toBe('no-store');
    const csv = await t.request(`/exports/plans/${planId}.csv`, { token });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('cache-control')).toBe('no-store');
    expect((await t.request('/plans')).headers.get('cache-control')).toBe('no-store');
    expect((await t.request('/nowhere', { token })).headers.get('cache-control')).toBe('no-store');
  });

  it('sends helmet’s security headers on every answer (API, cached read, error, outside the API), no-store on the API only', async () => {
    const token = await t.login('direction@boussole.test');
    const plans = await t.request('/plans', { token });
    const planId = (plans.body as { id: number }[])[0].id;
    await t.request(`/plans/${planId}/rollup`, { token });
    const answers = [
      plans,
      // The second read of the roll-up is served from the read cache.
      await t.request(`/plans/${planId}/rollup`, { token }),
      await t.request('/plans'),
      await t.request('/nowhere', { token }),
    ];
    const outside = await fetch(t.base.replace(/\/api$/, '/apiary'));
    for (const response of [...answers, outside]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
    // `/apiary` is not the API: its answers are the web app's, which a browser may keep.
    expect(outside.headers.get('cache-control')).not.toBe('no-store');
    expect((await t.request('/../API/plans', { token })).headers.get('cache-control')).toBe('no-store');
  });

  it('asks the browser to clear what it kept on sign-out (Clear-Site-Data) and when ending its own current session', async () => {
    const token = await t.login('rh@boussole.test');
    const logout = await t.request('/auth/logout', { method: 'POST', token });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('clear-site-data')).toBe('"cache", "cookies", "storage"');
    expect(logout.headers.get('set-cookie')).toMatch(/^__Host-boussole_session=;.*Secure/i);

    const other = await t.login('rh@boussole.test');
    const sessions = (await t.request('/auth/sessions', { token: other })).body as { id: string; current: boolean }[];
    const current = sessions.find((s) => s.current);
    expect(current).toBeDefined();
    const ended = await t.request(`/auth/sessions/${current?.id}`, { method: 'DELETE', token: other });
    expect(ended.status).toBe(204);
    expect(ended.headers.get('clear-site-data')).toBe('"cache", "cookies", "storage"');
  });

  it('keeps /api/docs and /api/docs-json for signed-in people (401 in French otherwise)', async () => {
    for (const path of ['/docs', '/docs-json', '/docs/']) {
      const anonymous = await t.request(path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toEqual({
        statusCode: 401,
        error: 'Non authentifié',
        message: 'Authentification requise : connectez-vous pour lire la documentation de l’API.',
      });
    }
    expect((await t.request('/docs-json', { headers: { authorization: 'Bearer pas-un-vrai-jeton-de-session-123' } })).status).toBe(401);
    const token = await t.login('q@boussole.test');
    const json = await t.request('/docs-json', { token });
    expect(json.status).toBe(200);
    expect((json.body as { components: { securitySchemes: Record<string, { name?: string }> } }).components.securitySchemes['cookie'].name).toBe(
      '__Host-boussole_session',
    );
    const page = await t.request('/docs', { headers: { cookie: `__Host-boussole_session=${token}` } });
    expect(page.status).toBe(200);
    expect(String(page.body)).toMatch(/swagger/i);
  });
});

describe('in demo: the boussole_session cookie, open API docs', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  it('keeps the boussole_session name, Secure only when COOKIE_SECURE=true, and the docs open', async () => {
    const login = await t.request('/auth/login', { method: 'POST', json: { email: 'pf@boussole.test', password: PASSWORD } });
    expect(login.headers.get('set-cookie')).toMatch(/^boussole_session=/);
    expect(login.headers.get('set-cookie')).not.toMatch(/Secure/i);
    expect((await t.request('/docs-json')).status).toBe(200);
    expect((await t.request('/docs')).status).toBe(200);
    const secure = await createTestApp({ shareWith: t, env: { COOKIE_SECURE: 'true' } });
    try {
      const again = await secure.request('/auth/login', { method: 'POST', json: { email: 'pf@boussole.test', password: PASSWORD } });
      expect(again.headers.get('set-cookie')).toMatch(/^boussole_session=.*; Secure/i);
    } finally {
      await secure.close();
    }
  });
});
