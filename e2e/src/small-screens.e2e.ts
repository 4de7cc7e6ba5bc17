import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage, signIn } from './support/browser';
import { adminPages, directorPages, PUBLIC_PAGES } from './support/persona-pages';

/**
 * Small screens and forms that answer where you look (issue 12, points 6 to 8): at 390×844, every
 * page, as the persona who uses it, fits the screen without scrolling sideways (WCAG 1.4.10) and
 * has zero axe violations; a save's confirmation shows beside its button with the focus, and a
 * posted comment gets the focus. The project manager is N's (Antoine Roux), whose actions no other
 * journey reads: his update keeps the météo and progress, so no figure moves.
 */
describe('every page at 390 px', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser.close());

  /** Each page's width as measured, for the closing note. */
  const widths: string[] = [];
  afterAll(() => console.log(`scrollWidth at 390 px:\n${widths.join('\n')}`));
  // Many pages per persona, each loaded and checked by axe.
  jest.setTimeout(360000);

  async function narrow(email?: string): Promise<Page> {
    const { page } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    if (email) {
      await signIn(page, email);
      await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    }
    return page;
  }

  /** Waits for the page's title and for its loading notices to go, then measures it. */
  async function check(page: Page, path: string, faults: string[]): Promise<void> {
    if (path) await page.goto(path);
    await page.locator('h1').first().waitFor();
    // What is still loading says so ("Chargement…"); a closed disclosure's own loader is hidden.
    await page.waitForFunction(() => !/Chargement/.test(document.querySelector('main')?.innerText ?? ''), undefined, { timeout: 20000 });
    const { scrollWidth, innerWidth, wider } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      // What sticks out, to say so when it fails.
      wider: Array.from(document.querySelectorAll('body *'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 4)
        .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).trim().replace(/\s+/g, '.')}`),
    }));
    const where = new URL(page.url()).pathname;
    widths.push(`${where}: ${scrollWidth} / ${innerWidth}`);
    if (scrollWidth > innerWidth) faults.push(`${where} is ${scrollWidth} px wide: ${wider.join(', ')}`);
    for (const violation of await axeViolations(page)) faults.push(`${where}: ${violation}`);
  }

  it('the sign-in and public pages', async () => {
    const page = await narrow();
    const faults: string[] = [];
    try {
      for (const path of PUBLIC_PAGES) {
        await check(page, path, faults);
      }
      expect(faults).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('the director’s pages: dashboard, axis, actions, action, regions, indicators, cycles, account', async () => {
    const page = await narrow('direction@boussole.test');
    const faults: string[] = [];
    try {
      await page.waitForURL(/\/plans\/\d+/);
      const planId = Number(/\/plans\/(\d+)/.exec(page.url())?.[1]);
      await check(page, '', faults);
      for (const path of await directorPages(page, planId)) {
        await check(page, path, faults);
      }
      expect(faults).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('the administrator’s pages', async () => {
    const page = await narrow('admin@boussole.test');
    const faults: string[] = [];
    try {
      for (const path of await adminPages(page)) {
        await check(page, path, faults);
      }
      expect(faults).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('the ARS liaison’s « Ma région » and her region', async () => {
    const page = await narrow('ars-reunion@boussole.test');
    const faults: string[] = [];
    try {
      await check(page, '/ma-region', faults);
      await check(page, '/regions/04', faults);
      expect(faults).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('a project manager’s « Mes actions » and action: the confirmation beside the button with the focus, then the focus on the comment posted', async () => {
    const page = await narrow('n@boussole.test');
    const faults: string[] = [];
    try {
      await check(page, '/mes-actions', faults);
      const mine = (await (await page.request.get('/api/users/me/actions')).json()) as { id: number; status: string; progress: number }[];
      const action = mine.find((a) => a.status !== 'done' && a.status !== 'abandoned') ?? mine[0];
      await check(page, `/actions/${action.id}`, faults);

      // The same météo and progress, a narrative only: no figure changes for the other journeys.
      const form = page.locator('section', { has: page.getByRole('heading', { name: 'Mettre à jour l’action' }) });
      await form.locator('#point-avancement').fill('Réunion de lancement tenue avec les équipes.');
      const save = form.getByRole('button', { name: 'Enregistrer le point d’avancement' });
      await save.click();
      const confirmation = form.locator('.fr-alert--success', { hasText: 'Point d’avancement enregistré.' });
      await confirmation.waitFor();
      expect(await confirmation.evaluate((element) => element === document.activeElement)).toBe(true);
      const [button, notice] = [await save.boundingBox(), await confirmation.boundingBox()];
      // Right under the button (at 390 px the form is one column), not at the top of the form.
      expect(notice!.y - (button!.y + button!.height)).toBeGreaterThanOrEqual(0);
      expect(notice!.y - (button!.y + button!.height)).toBeLessThan(48);
      expect(await confirmation.isVisible()).toBe(true);

      const text = `Point d’étape à 390 px, ${Date.now()}.`;
      const thread = page.locator('section.bsl-thread').first();
      await thread.getByLabel('Votre commentaire').fill(text);
      await thread.getByRole('button', { name: 'Publier le commentaire' }).click();
      await page.waitForFunction((t) => document.activeElement?.tagName === 'ARTICLE' && document.activeElement.textContent?.includes(t), text);

      await check(page, '', faults);
      await check(page, '/mon-compte', faults);
      expect(faults).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
