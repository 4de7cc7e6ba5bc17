import type { Browser, Page } from 'playwright-core';
import { axeViolations, DEMO_PASSWORD, launchBrowser, newPage } from './support/browser';
import { adminPages, directorPages, PUBLIC_PAGES } from './support/persona-pages';

/**
 * Boussole in English (issue 15): the DSFR language selector of the header switches the page,
 * the choice is kept for the account (a fresh browser opens in English after sign-in), figures
 * and dates are written the English way, the API's refusals and the forms' checks speak English,
 * and the screens of each role read in English with zero axe violations. Each test puts its user
 * back in French: the other journeys share the demo server and read it in French.
 */
describe('Boussole in English', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser.close());

  const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  const language = (page: Page) => page.evaluate(() => document.documentElement.lang);

  /** The header's selector, as a person uses it: its button, then the language. */
  async function choose(page: Page, name: 'EN - English' | 'FR - Français'): Promise<void> {
    const before = await language(page);
    await page.locator('.fr-header__tools .fr-translate__btn').click();
    await page.locator('.fr-header__tools').getByRole('button', { name }).click();
    await page.waitForFunction((lang) => document.documentElement.lang !== lang, before);
    await page.locator('main h1').first().waitFor();
  }

  async function signInInEnglish(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  async function accountLanguage(page: Page): Promise<string | null> {
    return (await (await page.request.get('/api/auth/me')).json()).language;
  }

  it('switches on the sign-in page, refuses a wrong password in English, shows the dashboard’s figures the English way, and is remembered for the account', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/connexion');
      expect(await language(page)).toBe('fr');
      await page.getByRole('heading', { level: 1, name: 'Connexion à Boussole' }).waitFor();
      await choose(page, 'EN - English');
      expect(await language(page)).toBe('en');
      await page.getByRole('heading', { level: 1, name: 'Sign in to Boussole' }).waitFor();
      expect(await page.title()).toMatch(/Sign in/);
      expect(await axeViolations(page)).toEqual([]);

      // The API's refusal, in the page's language (Accept-Language).
      await signInInEnglish(page, 'direction@boussole.test', 'not-the-password');
      await page.getByText('Incorrect email address or password.').waitFor();

      await signInInEnglish(page, 'direction@boussole.test');
      await page.waitForURL(/\/plans\/\d+$/);
      await page.getByRole('link', { name: 'Dashboard' }).first().waitFor();
      const planText = page.locator('bsl-plan-standing .bsl-progress__text');
      await planText.waitFor();
      // `63% (expected 73.4%)`: a point for decimals, no space before the percent sign.
      expect(flat(await planText.textContent())).toMatch(/^\d+(\.\d)?% \(expected \d+(\.\d)?%\)$/);
      const health = flat(await page.locator('bsl-plan-standing .bsl-standing__health').textContent());
      expect(health).toMatch(/^Status of the strategic plan: (On track|Needs attention|Late|Done|Not started) \S.{20,}\.$/);
      expect(health).not.toMatch(/ (des|du|les|pèsent|en retard) /);
      // Dates as en-GB writes them, and the reporting cycle named in English.
      expect(flat(await page.locator('main').textContent())).toMatch(/Current reporting cycle: .+, from \d{2}\/\d{2}\/\d{4} to \d{2}\/\d{2}\/\d{4}/);
      expect(await axeViolations(page)).toEqual([]);
      // The browser's choice went to the account at sign-in.
      expect(await accountLanguage(page)).toBe('en');
    } catch (error) {
      await restoreFrench(page);
      throw error;
    } finally {
      await context.close();
    }

    // Another browser, that never chose: French until the account is known, then English.
    const fresh = await newPage(browser);
    try {
      await fresh.page.goto('/connexion');
      await fresh.page.getByLabel('Adresse électronique').fill('direction@boussole.test');
      await fresh.page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
      await fresh.page.getByRole('button', { name: 'Se connecter' }).click();
      // The account's language wins: the page opens again in it (a reload, hence no waitForURL).
      await fresh.page.waitForFunction(() => document.documentElement.lang === 'en' && /\/plans\/\d+$/.test(location.pathname), null, { timeout: 20000 }).catch(async (error) => {
        throw new Error(`${error} at ${fresh.page.url()} in ${await language(fresh.page)}`);
      });
      await fresh.page.getByRole('link', { name: 'Dashboard' }).first().waitFor();

      // Back to French, for the account too.
      await choose(fresh.page, 'FR - Français');
      expect(await language(fresh.page)).toBe('fr');
      await fresh.page.getByRole('link', { name: 'Tableau de bord' }).first().waitFor();
      expect(await accountLanguage(fresh.page)).toBe('fr');
    } finally {
      await restoreFrench(fresh.page);
      await fresh.context.close();
    }
  });

  it('checks a project manager’s status update in English, and saves nothing wrong', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/connexion');
      await choose(page, 'EN - English');
      await signInInEnglish(page, 'pf@boussole.test');
      await page.waitForURL(/\/mes-actions$/);
      await page.getByRole('heading', { level: 1, name: 'My actions' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.locator('main a[href^="/actions/"]').first().click();
      await page.waitForURL(/\/actions\/\d+$/);
      await page.getByRole('heading', { name: 'Update the action' }).waitFor();
      const sent: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/api/')) sent.push(request.url());
      });
      // A worse status without a narrative: refused in the page, in English, before any request.
      await page.locator('label[for="meteo-late"]').click();
      await page.locator('#point-avancement').fill('');
      await page.getByRole('button', { name: 'Save the status update' }).click();
      await page.getByText('Explain why the status is getting worse.').first().waitFor();
      expect(sent).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      await choose(page, 'FR - Français');
      await page.getByRole('heading', { name: 'Mettre à jour l’action' }).waitFor();
      expect(await accountLanguage(page)).toBe('fr');
    } finally {
      await restoreFrench(page);
      await context.close();
    }
  });

  it('gives an administrator the administration in English, its tables and forms, with zero axe violations', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/connexion');
      await choose(page, 'EN - English');
      await signInInEnglish(page, 'admin@boussole.test');
      await page.getByRole('link', { name: 'Administration' }).first().click();
      await page.waitForURL(/\/administration$/);
      await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      for (const { path, heading } of [
        { path: '/administration/utilisateurs', heading: 'Users' },
        { path: '/administration/journal', heading: 'Audit log' },
        { path: '/administration/utilisateurs/nouveau', heading: /^Add a user/ },
      ]) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        expect(await language(page)).toBe('en');
        expect(await axeViolations(page)).toEqual([]);
      }
      // The form's checks in English: an empty creation is refused, field by field.
      await page.locator('main form button[type="submit"]').first().click();
      await page.locator('.fr-error-text').first().waitFor();
      for (const error of await page.locator('.fr-error-text').allTextContents()) expect(error).not.toMatch(/[éèàù]|Indiquez|obligatoire/);

      await choose(page, 'FR - Français');
      expect(await accountLanguage(page)).toBe('fr');
    } finally {
      await restoreFrench(page);
      await context.close();
    }
  });
  /**
   * Words of Boussole's French interface that no demo record holds with this capital letter: on
   * an English page, a heading, button, label, legend, column or menu entry holding one was left
   * untranslated (titles and names typed by people stay French, and are never matched).
   */
  const FRENCH_INTERFACE =
    /\b(Rechercher|Enregistrer|Annuler|Exporter|Importer|Modifier|Afficher|Masquer|Filtrer|Fermer|Télécharger|Publier|Valider|Supprimer|Ajouter|Voir|Précédent|Suivant|Tableau de bord|Mon compte|Mes actions|Ma région|Se déconnecter|Se connecter|Connexion|Avancement|Météo|Campagnes?|Échéance|Responsable|Aucune?|Commentaires?|Indicateurs|Objectifs?|Axe|Jalons?|Historique|Chargement|Mettre à jour|Utilisateurs?|Journal|Mot de passe|Adresse électronique|Période|Cible|Valeur|Déploiements?|Sessions? ouvertes?)\b/;

  /** Opens `path` in English, waits for it to load, and says what reads French or fails axe. */
  async function inEnglish(page: Page, path: string, faults: string[]): Promise<void> {
    if (path) await page.goto(path);
    await page.locator('main h1').first().waitFor();
    await page.waitForFunction(() => !/Loading|Chargement/.test(document.querySelector('main')?.innerText ?? ''), undefined, { timeout: 20000 });
    const where = new URL(page.url()).pathname;
    if ((await language(page)) !== 'en') faults.push(`${where} is not in English`);
    const french = await page.evaluate((pattern) => {
      const words = new RegExp(pattern);
      const texts = Array.from(document.querySelectorAll('h1, h2, button, label, legend, th, .fr-nav__link, .fr-badge, .fr-btn, .fr-hint-text, .fr-tag'))
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
        // An action's code and title ("1.3.1 Publier le décret…") is a record's, typed in French.
        .filter((text) => !/^\d+(\.\d+)+ /.test(text));
      return [...new Set(texts.filter((text) => words.test(text)))];
    }, FRENCH_INTERFACE.source);
    for (const text of french) faults.push(`${where}: « ${text} » reads French`);
    for (const violation of await axeViolations(page)) faults.push(`${where}: ${violation}`);
  }

  /**
   * A browser signed in (through the API, so that no reload of the app's runs meanwhile) on an
   * account set to English, then opened on its start page.
   */
  async function englishPage(email?: string): Promise<Page> {
    const { context, page } = await newPage(browser);
    // Before the first page only: a later choice of French must stand.
    await context.addInitScript(() => localStorage.getItem('boussole.language') ?? localStorage.setItem('boussole.language', 'en'));
    await page.setViewportSize({ width: 1280, height: 800 });
    if (email) {
      expect((await page.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } })).status()).toBe(200);
      expect((await page.request.patch('/api/auth/me', { data: { language: 'en' } })).status()).toBe(200);
      await page.goto('/');
      await page.waitForURL((url) => url.pathname !== '/');
    } else {
      await page.goto('/connexion');
    }
    return page;
  }

  /** Whatever happened, the account is French again for the journeys that follow. */
  async function restoreFrench(page: Page): Promise<void> {
    await page.request.patch('/api/auth/me', { data: { language: 'fr' } }).catch(() => undefined);
  }

  /** Back to French for the account, as its person would: the other journeys read it in French. */
  async function backToFrench(page: Page): Promise<void> {
    await choose(page, 'FR - Français');
    expect(await accountLanguage(page)).toBe('fr');
  }

  it('every page of every persona reads in English, with zero axe violations', async () => {
    const faults: string[] = [];
    const visitor = await englishPage();
    try {
      for (const path of PUBLIC_PAGES) await inEnglish(visitor, path, faults);
    } finally {
      await visitor.context().close();
    }

    const director = await englishPage('direction@boussole.test');
    try {
      await director.waitForURL(/\/plans\/\d+$/);
      const planId = Number(/\/plans\/(\d+)$/.exec(director.url())?.[1]);
      await inEnglish(director, '', faults);
      for (const path of await directorPages(director, planId)) await inEnglish(director, path, faults);
      await backToFrench(director);
    } finally {
      await restoreFrench(director);
      await director.context().close();
    }

    const admin = await englishPage('admin@boussole.test');
    try {
      for (const path of await adminPages(admin)) await inEnglish(admin, path, faults);
      await backToFrench(admin);
    } finally {
      await restoreFrench(admin);
      await admin.context().close();
    }

    const liaison = await englishPage('ars-reunion@boussole.test');
    try {
      await inEnglish(liaison, '/ma-region', faults);
      await inEnglish(liaison, '/regions/04', faults);
      await backToFrench(liaison);
    } finally {
      await restoreFrench(liaison);
      await liaison.context().close();
    }

    const manager = await englishPage('n@boussole.test');
    try {
      await inEnglish(manager, '/mes-actions', faults);
      const mine = (await (await manager.request.get('/api/users/me/actions')).json()) as { id: number }[];
      await inEnglish(manager, `/actions/${mine[0].id}`, faults);
      await backToFrench(manager);
    } finally {
      await restoreFrench(manager);
      await manager.context().close();
    }
    expect(faults).toEqual([]);
  }, 600000);
});
