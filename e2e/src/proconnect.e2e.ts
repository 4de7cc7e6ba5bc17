import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './support/browser';
import { startBuiltServer, type BuiltServer } from './support/built-server';
import { startOpenIdProvider } from './support/openid-provider';

/**
 * Signing in with ProConnect (issue 15): the sign-in page's button, through a real OpenID provider
 * (the API specs' oidc-provider), to the dashboard; then signing out of Boussole and of the provider.
 */
const APP_PORT = 58504;
const PROVIDER_PORT = 58505;
const APP = `http://127.0.0.1:${APP_PORT}`;
const CALLBACK = `${APP}/api/auth/proconnect/callback`;
const client = { client_id: 'boussole-e2e', client_secret: 'un-secret-de-parcours-assez-long', redirect_uris: [CALLBACK], post_logout_redirect_uris: [`${APP}/`] };

describe('signing in with ProConnect', () => {
  let browser: Browser;
  let provider: Awaited<ReturnType<typeof startOpenIdProvider>>;
  let server: BuiltServer;

  beforeAll(async () => {
    provider = await startOpenIdProvider({
      port: PROVIDER_PORT,
      client,
      accounts: {
        'sub-direction': { email: 'direction@boussole.test', given_name: 'Claire', usual_name: 'Direction', uid: 'd-1' },
        'sub-inconnu': { email: 'agent.inconnu@sante.gouv.fr', given_name: 'Agent', usual_name: 'Inconnu' },
      },
    });
    server = await startBuiltServer(
      {
        BOUSSOLE_MODE: 'demo',
        PROCONNECT_ISSUER: provider.issuer,
        PROCONNECT_CLIENT_ID: client.client_id,
        PROCONNECT_CLIENT_SECRET: client.client_secret,
        PROCONNECT_REDIRECT_URI: CALLBACK,
      },
      { dataPrefix: 'boussole-e2e-proconnect-', startTimeoutMs: 120000, port: APP_PORT },
    );
    browser = await launchBrowser();
  }, 180000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.stop();
  });

  it('goes from the button through the provider to the dashboard, then signs out of both', async () => {
    await provider.next({ account: 'sub-direction' });
    const { context, page } = await newPage(browser, server.base);
    try {
      await page.goto('/connexion');
      const button = page.getByRole('button', { name: 'S’identifier avec ProConnect' });
      await button.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // Keyboard first: the button is reached and pressed without a mouse.
      await button.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/plans\/\d+/);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.locator('header').getByText('Directeur·rice').first().waitFor();

      const atProvider: string[] = [];
      page.on('request', (request) => {
        if (request.isNavigationRequest() && request.url().startsWith(provider.issuer)) atProvider.push(request.url());
      });
      await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
      // Through the provider's end-session endpoint (with the ID token), which sends the browser back to Boussole.
      await page.waitForURL(/\/connexion/);
      const endSession = atProvider.map((url) => new URL(url)).find((url) => url.searchParams.has('id_token_hint'));
      expect(endSession?.searchParams.get('post_logout_redirect_uri')).toBe(`${APP}/`);
      await page.goto('/');
      await page.waitForURL(/\/connexion/);
    } finally {
      await context.close();
    }
  });

  it('says in French what to do when no account has the e-mail', async () => {
    await provider.next({ account: 'sub-inconnu' });
    const { context, page } = await newPage(browser, server.base);
    try {
      await page.goto('/connexion');
      await page.getByRole('button', { name: 'S’identifier avec ProConnect' }).click();
      await page.waitForURL(/\/connexion\?proconnect=compte-inconnu/);
      await page
        .getByRole('alert')
        .getByText('Aucun compte Boussole n’est ouvert pour cette adresse\u00a0: demandez à un administrateur de vous en créer un.')
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
