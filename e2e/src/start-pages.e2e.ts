import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage, signIn } from './support/browser';

/**
 * Each role's start page (issue 12, point 4): a project manager lands on what is due, an ARS
 * liaison on her region's deployments and reports one there by keyboard alone, a director on the
 * dashboard; each page fits 390 px without scrolling sideways, with zero axe violations.
 */
describe('a start page for each role', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser.close());

  async function signedIn(email: string): Promise<Page> {
    const { page } = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, email);
    return page;
  }

  /** At 390×844 (WCAG 1.4.10) the page itself never scrolls sideways. */
  async function fitsNarrowScreen(page: Page): Promise<void> {
    await page.setViewportSize({ width: 390, height: 844 });
    const { scrollWidth, innerWidth, wider } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      // What sticks out, to say so when it fails.
      wider: Array.from(document.querySelectorAll('body *'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    }));
    expect(scrollWidth > innerWidth ? wider : []).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  /** What the focus should reach: an attribute's value, or the element's trimmed text. */
  type Target = { attribute: string; value: string } | { text: string };

  /** Presses Tab until the focused element is `target`, as a keyboard user would. */
  async function tabTo(page: Page, target: Target, what: string): Promise<void> {
    for (let presses = 0; presses < 400; presses++) {
      await page.keyboard.press('Tab');
      const found = await page.evaluate((t) => {
        const element = document.activeElement;
        if (!element) return false;
        return 'text' in t ? element.textContent?.trim() === t.text : element.getAttribute(t.attribute) === t.value;
      }, target);
      if (found) return;
    }
    throw new Error(`Tab never reached ${what}`);
  }

  it('a project manager lands on « Mes actions », the overdue action first and the closed ones folded apart', async () => {
    const page = await signedIn('pf@boussole.test');
    try {
      await page.waitForURL(/\/mes-actions$/);
      await page.getByRole('heading', { level: 1, name: 'Mes actions' }).waitFor();
      await page.locator('#cloture-campagne').waitFor();
      expect(await page.locator('#cloture-campagne').textContent()).toMatch(/^\s*Campagne .+\u00a0: clôture le \d{2}\/\d{2}\/\d{4}\s*$/);
      const mine = await (await page.request.get('/api/users/me/actions')).json();
      const overdue = mine.filter((a: { signals: string[] }) => a.signals.includes('overdue'));
      expect(overdue.length).toBeGreaterThan(0);

      const due = page.locator('section', { has: page.getByRole('heading', { name: /^À faire, les plus urgentes d’abord/ }) });
      const first = due.locator('ul.fr-grid-row > li').first();
      await first.waitFor();
      expect(await first.textContent()).toContain('Échéance dépassée');
      const firstHref = await first.getByRole('link').first().getAttribute('href');
      expect(overdue.map((a: { id: number }) => `/actions/${a.id}`)).toContain(firstHref);
      // Every overdue action comes before any other.
      const cards = await due.locator('ul.fr-grid-row > li').allTextContents();
      const lastOverdue = cards.map((text) => text.includes('Échéance dépassée')).lastIndexOf(true);
      expect(cards.slice(0, lastOverdue + 1).every((text) => text.includes('Échéance dépassée'))).toBe(true);
      expect(lastOverdue + 1).toBe(overdue.length);

      const closed = mine.filter((a: { status: string }) => a.status === 'done' || a.status === 'abandoned').length;
      if (closed > 0) {
        const folded = page.getByRole('button', { name: `Terminées ou abandonnées (${closed})` });
        expect(await folded.getAttribute('aria-expanded')).toBe('false');
      }
      expect(await axeViolations(page)).toEqual([]);
      await fitsNarrowScreen(page);
    } finally {
      await page.context().close();
    }
  });

  it('an ARS liaison lands on « Ma région » and reports a deployment there by keyboard alone, then finds it in the history', async () => {
    const page = await signedIn('ars-bretagne@boussole.test');
    try {
      await page.waitForURL(/\/ma-region$/);
      await page.getByRole('heading', { level: 1, name: 'Ma région' }).waitFor();
      await page.locator('section[aria-labelledby="deploiements-attendus"]').waitFor();
      expect(await page.locator('#attendu-region').textContent()).toMatch(/^\s*Campagne .+\u00a0: \d+ déploiements? sur \d+ res/);

      // Not the deployment the regions journey reports on (the first regional action's).
      const [regionsJourneyAction] = await (await page.request.get('/api/actions?region=53&pageSize=1')).json();
      const expected = page.locator('section[aria-labelledby="deploiements-attendus"]');
      const candidates = await expected
        .locator('button[aria-controls^="rapport-deploiement-"]')
        .evaluateAll((buttons) => buttons.map((b) => Number(b.getAttribute('aria-controls')?.replace('rapport-deploiement-', ''))));
      const actionId = candidates.find((id) => id !== regionsJourneyAction.id);
      expect(actionId).toBeDefined();
      const before = (await (await page.request.get(`/api/actions/${actionId}/regions`)).json()).deployments.find(
        (d: { regionCode: string }) => d.regionCode === '53',
      );
      const progress = before.progress === 57 ? 58 : 57;
      const narrative = `Rapport fait au clavier : ${progress} % des équipes mobiles en place.`;

      await page.locator('body').focus();
      await tabTo(page, { attribute: 'aria-controls', value: `rapport-deploiement-${actionId}` }, 'the report button');
      await page.keyboard.press('Enter');
      const panel = page.locator(`#rapport-deploiement-${actionId}`);
      await panel.getByRole('heading', { name: 'Rapport précédent' }).waitFor();
      // The new report starts empty.
      expect(await panel.locator('input[name="deploiement-meteo"]:checked').count()).toBe(0);
      expect(await panel.locator('#deploiement-avancement').inputValue()).toBe('');

      // The météo: the first radio takes the focus, an arrow chooses the next one (En bonne voie).
      await tabTo(page, { attribute: 'name', value: 'deploiement-meteo' }, 'the météo radios');
      await page.keyboard.press('ArrowRight');
      expect(await panel.locator('#deploiement-meteo-on_track').isChecked()).toBe(true);
      await tabTo(page, { attribute: 'id', value: 'deploiement-avancement' }, 'the progress field');
      await page.keyboard.type(String(progress));
      await tabTo(page, { attribute: 'id', value: 'deploiement-narratif' }, 'the narrative field');
      await page.keyboard.type(narrative);
      await tabTo(page, { text: 'Enregistrer le déploiement' }, 'the save button');
      await page.keyboard.press('Enter');
      await panel.getByText('Déploiement enregistré.').waitFor();
      // Saved: the previous report beside the (again blank) form is now this one.
      await panel.locator('aside').getByText(narrative).waitFor();
      const item = page.locator('bsl-region-deployment', { has: panel });
      await item.getByText('Renseigné pour la campagne').waitFor();
      const after = (await (await page.request.get(`/api/actions/${actionId}/regions`)).json()).deployments.find(
        (d: { regionCode: string }) => d.regionCode === '53',
      );
      expect(after).toMatchObject({ status: 'on_track', progress, narrative, version: before.version + 1 });

      // The region's history of this deployment, opened from the keyboard too.
      await tabTo(page, { attribute: 'aria-controls', value: `historique-deploiement-${actionId}` }, 'the history');
      await page.keyboard.press('Enter');
      const history = page.locator(`#historique-deploiement-${actionId}`);
      await history.getByText(narrative).waitFor();
      expect(await history.locator('li').count()).toBeGreaterThanOrEqual(2);
      expect(await history.locator('li').first().textContent()).toContain('Maëlle Le Goff');
      expect(await axeViolations(page)).toEqual([]);
      await fitsNarrowScreen(page);
    } finally {
      await page.context().close();
    }
  });

  it('a director lands on the dashboard', async () => {
    const page = await signedIn('direction@boussole.test');
    try {
      await page.waitForURL(/\/plans\/\d+$/);
      await page.getByRole('heading', { level: 1 }).filter({ hasText: '2025-2027' }).waitFor();
      expect(await page.getByRole('link', { name: 'Ma région' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await fitsNarrowScreen(page);
    } finally {
      await page.context().close();
    }
  });
});
