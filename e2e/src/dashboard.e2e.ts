import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage, signIn } from './support/browser';

type Counts = Record<string, { count: number }>;
interface Rollup {
  plan: { progress: number | null; counts: Counts };
  axes: { number: number; counts: Counts }[];
}

const STATUS_LABELS: Record<string, string> = {
  not_started: 'Non démarrée',
  on_track: 'En bonne voie',
  at_risk: 'À surveiller',
  late: 'En retard',
  done: 'Terminée',
  abandoned: 'Abandonnée',
};

/**
 * A dashboard to look at (issue 12, point 1): at 1280×800 the director sees, without scrolling,
 * where the plan stands (progress against expected, health and why) and the four axes' figures
 * (progress, health, météo mix, change since the previous review); then the actions that got
 * worse, with their from → to; the objectives folded. The same at 390 px, stacked, without
 * sideways scrolling; 0 axe violations at both sizes.
 */
describe('the director’s dashboard', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser.close());

  const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

  async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error(`${locator} is not displayed`);
    return box;
  }

  /** The element's box lies inside the first screen (the page not scrolled). */
  async function expectOnFirstScreen(locator: Locator, viewport: { width: number; height: number }): Promise<void> {
    const box = await boxOf(locator);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  }

  const tile = (page: Page, axis: number) => page.getByRole('article', { name: new RegExp(`^Axe ${axis} :`) });

  it('shows the plan’s and the four axes’ figures in the first screen at 1280×800, the worsened actions, the objectives folded, and fits 390 px', async () => {
    const { context, page } = await newPage(browser);
    try {
      const viewport = { width: 1280, height: 800 };
      await page.setViewportSize(viewport);
      await signIn(page, 'direction@boussole.test');
      await page.waitForURL(/\/plans\/\d+$/);
      const planId = Number(/\/plans\/(\d+)$/.exec(page.url())?.[1]);
      // Figures loaded: every tile says what changed since the previous review.
      for (const axis of [1, 2, 3, 4]) await tile(page, axis).locator('.bsl-tile__change', { hasText: /^\s*Depuis/ }).waitFor();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);

      // Where the plan stands: progress against expected, health and the rule that decided it.
      const rollup = (await (await page.request.get(`/api/plans/${planId}/rollup`)).json()) as Rollup;
      const planBar = page.getByRole('progressbar', { name: 'Avancement du projet stratégique' });
      expect(Number(await planBar.getAttribute('aria-valuenow'))).toBe(rollup.plan.progress);
      const planText = page.locator('bsl-plan-standing .bsl-progress__text');
      expect(flat(await planText.textContent())).toMatch(/^\d+(,\d)?\s%\s\(attendu \d+(,\d)?\s%\)$/);
      const health = page.locator('bsl-plan-standing .bsl-standing__health');
      // The badge and its reason, a sentence of the domain (e.g. « … pèsent 26,8 % du poids … »).
      expect(flat(await health.textContent())).toMatch(/^État du projet stratégique : (En bonne voie|À surveiller|En retard|Terminé|Non démarré) \S.{20,}\.$/);
      for (const figure of [planBar, planText, health]) await expectOnFirstScreen(figure, viewport);

      // One tile per axis, side by side, every figure inside the first screen.
      const tops = new Set<number>();
      for (const axis of [1, 2, 3, 4]) {
        const current = tile(page, axis);
        const figures = [
          current.getByRole('progressbar', { name: `Avancement de l’axe ${axis}` }),
          current.locator('.bsl-progress__text'),
          current.locator('.bsl-tile__health'),
          current.locator('.bsl-mix'),
          current.locator('.bsl-tile__change'),
        ];
        for (const figure of figures) await expectOnFirstScreen(figure, viewport);
        expect(flat(await current.locator('.bsl-tile__health').textContent())).toMatch(/^État : (En bonne voie|À surveiller|En retard|Terminé|Non démarré)/);
        expect(flat(await current.locator('.bsl-tile__change').textContent())).toMatch(/^Depuis .+ : .*(action|Aucune)/);
        tops.add(Math.round((await boxOf(current)).y));

        // The stacked bar's figures as a table for screen readers, the same as the roll-up's.
        const table = page.getByRole('table', { name: `Météo des actions de l’axe ${axis}` });
        const rows = await table.locator('tbody tr').all();
        const axisRollup = rollup.axes.find((a) => a.number === axis);
        expect(axisRollup).toBeDefined();
        const counts = axisRollup?.counts ?? {};
        const expected = Object.entries(counts)
          .filter(([, value]) => value.count > 0)
          .map(([status, value]) => `${STATUS_LABELS[status]} ${value.count}`)
          .sort();
        const read: string[] = [];
        for (const row of rows) read.push(`${flat(await row.locator('th').textContent())} ${flat(await row.locator('td').first().textContent())}`);
        expect(read.sort()).toEqual(expected);
        expect(await current.locator('.bsl-mix__segment').count()).toBe(expected.length);
      }
      expect(tops.size).toBe(1);

      // The actions that got worse since then, each with its from → to and arrow.
      const worsened = page.locator('section[aria-labelledby="degradations-titre"]');
      expect(flat(await worsened.getByRole('heading', { level: 2 }).textContent())).toMatch(/^Actions dégradées depuis (la campagne \S+ \d{4}|le \d\d\/\d\d\/\d{4})$/);
      const first = worsened.locator('li').first();
      await first.waitFor();
      const change = flat(await first.textContent());
      expect(change).toMatch(/Météo : De .+ → à .+|Avancement : De \d+(,\d)?\s% → à \d+(,\d)?\s%/);
      expect(change).toMatch(/[▲▼]/);
      // The arrows are drawn for the eye and said in words.
      expect(change).toMatch(/\((dégradation|en baisse de [\d,]+\spoints?|en hausse de [\d,]+\spoints?)\)/);

      // « Ce qui a changé » : direction and size of each change.
      const changedRow = page.locator('section[aria-labelledby="changements-titre"] tbody tr').first();
      expect(flat(await changedRow.textContent())).toMatch(/→ à .*[▲▼]/);

      // The objectives follow, folded.
      const toggles = page.locator('bsl-axis-details .fr-accordion__btn');
      expect(await toggles.count()).toBe(4);
      for (const toggle of await toggles.all()) expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByRole('progressbar', { name: /^Avancement de l’objectif/ }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await toggles.first().click();
      await page.getByRole('progressbar', { name: /^Avancement de l’objectif 1\.1$/ }).waitFor();
      expect(await toggles.first().getAttribute('aria-expanded')).toBe('true');

      // At 390 px: the same figures, stacked, and no sideways scrolling.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await tile(page, 4).locator('.bsl-tile__change', { hasText: /^\s*Depuis/ }).waitFor();
      const lefts = new Set<number>();
      for (const axis of [1, 2, 3, 4]) lefts.add(Math.round((await boxOf(tile(page, axis))).x));
      expect(lefts.size).toBe(1);
      const size = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fetches « Comment est-ce calculé ? » of the plan when opened, 50 actions at a time, the roll-up carrying no list', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await signIn(page, 'direction@boussole.test');
      await page.waitForURL(/\/plans\/\d+$/);
      const planId = Number(/\/plans\/(\d+)$/.exec(page.url())?.[1]);
      const rollup = (await (await page.request.get(`/api/plans/${planId}/rollup`)).json()) as Rollup & {
        plan: { actionCount: number; explain?: unknown };
      };
      expect(rollup.plan.explain).toBeUndefined();
      const total = rollup.plan.actionCount;
      const abandoned = rollup.plan.counts['abandoned']?.count ?? 0;

      const standing = page.locator('bsl-plan-standing');
      const toggle = standing.getByRole('button', { name: /^Comment est-ce calculé \?/ });
      const answer = page.waitForResponse((response) => response.url().includes(`/api/plans/${planId}/rollup/explain?`));
      await toggle.click();
      const first = await answer;
      expect(new URL(first.url()).searchParams.get('node')).toBe('plan');
      expect(first.status()).toBe(200);
      const panel = page.getByRole('region', { name: 'Calcul : Avancement du projet stratégique' });
      const rows = panel.locator('[data-row]');
      await rows.first().waitFor();
      const counted = total - abandoned;
      expect(flat(await panel.textContent())).toContain(`${counted} action${counted > 1 ? 's comptées' : ' comptée'} sur ${total}.`);
      // The demo plan has more than a page of actions.
      expect(total).toBeGreaterThan(50);
      expect(await rows.count()).toBe(50);
      expect(flat(await panel.textContent())).toContain(`Actions affichées : 50 sur ${total}`);
      await panel.getByRole('button', { name: 'Afficher les actions suivantes' }).click();
      const shown = Math.min(100, total);
      await rows.nth(shown - 1).waitFor();
      expect(await rows.count()).toBe(shown);
      expect(flat(await panel.locator('[aria-live=polite]').textContent())).toBe(`${shown - 50} actions de plus affichées : ${shown} sur ${total}.`);
      expect(await axeViolations(page)).toEqual([]);

      // Closed and opened again: what was fetched stays, nothing is asked again.
      let asked = 0;
      page.on('request', (request) => {
        if (request.url().includes('/rollup/explain')) asked += 1;
      });
      await toggle.click();
      await toggle.click();
      // The reopened panel renders the kept rows again: wait for them rather than count at once.
      await rows.nth(shown - 1).waitFor();
      expect(await rows.count()).toBe(shown);
      expect(asked).toBe(0);
    } finally {
      await context.close();
    }
  });
});
