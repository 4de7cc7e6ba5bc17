import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage, signIn } from './support/browser';

/**
 * One list of the plan's actions (issue 12, point 3): a signal count on the dashboard opens it
 * filtered, the count announced and the focus on the results; its filters live in the URL; at
 * 1280 px the action, its météo, progress and gap are on screen without scrolling sideways, and
 * at 390 px the page itself never scrolls sideways (the table's frame does, and takes the focus).
 */
describe('the list of actions', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser.close());

  /** What the status region announces, spaces normalised. */
  const announced = async (page: Page) =>
    ((await page.locator('section[aria-labelledby="resultats-titre"] [role="status"]').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  const overflow = (page: Page) =>
    page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

  it('opens filtered from the dashboard, keeps its filters in the URL and fits the screen', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await signIn(page, 'direction@boussole.test');
      await page.waitForURL(/\/plans\/\d+$/);

      // The dashboard's count of overdue actions, in the plan's signals.
      const count = page.getByRole('link', { name: /^Échéance dépassée\s:\s\d+$/ }).first();
      const overdue = Number(/(\d+)$/.exec(((await count.textContent()) ?? '').trim())?.[1]);
      expect(overdue).toBeGreaterThan(0);
      await count.click();
      await page.waitForURL(/\/plans\/\d+\/actions\?signal=overdue$/);
      await page.getByRole('heading', { level: 1, name: 'Actions du projet stratégique' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'resultats-titre');
      expect(await announced(page)).toBe(`${overdue} actions correspondant à ces critères`);
      expect(await page.locator('#filtre-signal-overdue').isChecked()).toBe(true);
      const rows = page.locator('table tbody tr');
      expect(await rows.count()).toBe(Math.min(overdue, 50));
      for (const row of await rows.all()) expect(await row.textContent()).toMatch(/Échéance dépassée/);

      // The action, its météo, progress and gap inside the screen, with no sideways scroll.
      const viewport = { width: 1280, height: 800 };
      const firstRow = rows.first();
      const cells = [firstRow.locator('th'), ...[0, 1, 2].map((i) => firstRow.locator('td').nth(i))];
      const frame = page.locator('.fr-table__container');
      const frameBox = (await frame.boundingBox()) ?? { x: 0, width: 0 };
      const visibleRight = Math.min(viewport.width, frameBox.x + frameBox.width);
      for (const cell of cells) {
        const box = (await cell.boundingBox()) ?? { x: -1, width: Infinity };
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(visibleRight + 0.5);
      }
      expect(await frame.evaluate((el) => el.scrollLeft)).toBe(0);
      const wide = await overflow(page);
      expect(wide.scrollWidth).toBeLessThanOrEqual(wide.innerWidth);
      expect(await axeViolations(page)).toEqual([]);

      // A filter more: in the URL, the count announced again, kept by a reload.
      await page.locator('#filtre-sous-direction').selectOption('PF');
      await page.waitForURL(/unit=PF/);
      expect(page.url()).toMatch(/signal=overdue/);
      await page.waitForFunction(() => /correspondant/.test(document.querySelector('section[aria-labelledby="resultats-titre"] [role="status"]')?.textContent ?? ''));
      const narrowed = await announced(page);
      expect(narrowed).toMatch(/^\d+ actions? correspondant à ces critères$/);
      expect(Number(narrowed.split(' ')[0])).toBeLessThanOrEqual(overdue);
      for (const row of await rows.all()) expect((await row.locator('td').nth(4).textContent())?.trim()).toBe('PF');

      const url = page.url();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Actions du projet stratégique' }).waitFor();
      await page.locator('table tbody tr').first().waitFor();
      expect(page.url()).toBe(url);
      expect(await page.locator('#filtre-sous-direction').inputValue()).toBe('PF');
      expect(await page.locator('#filtre-signal-overdue').isChecked()).toBe(true);
      expect(await announced(page)).toBe(narrowed);
      expect(await focusedId(page)).toBe('resultats-titre');

      // Sorting by the keyboard: the header's button, then Enter.
      await page.getByRole('button', { name: /^Avancement/ }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/sort=progress/);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('at 390 px the page does not scroll sideways: the table’s frame does, and takes the focus', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await signIn(page, 'lecture@boussole.test');
      await page.waitForURL(/\/plans\/\d+$/);
      // The header's "Actions", in the mobile menu.
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('link', { name: 'Actions', exact: true }).click();
      await page.waitForURL(/\/plans\/\d+\/actions$/);
      await page.locator('table tbody tr').first().waitFor();
      expect(await announced(page)).toMatch(/^\d+ actions dans ce projet$/);

      // The filters fold away behind a button, so that the results start on the first screen.
      const toggle = page.getByRole('button', { name: 'Afficher les filtres' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('#filtre-recherche').isVisible()).toBe(false);
      const heading = (await page.locator('#resultats-titre').boundingBox()) ?? { y: Infinity };
      expect(heading.y).toBeLessThan(844);
      await toggle.click();
      await page.locator('#filtre-recherche').waitFor({ state: 'visible' });
      expect(await page.getByRole('button', { name: 'Masquer les filtres' }).getAttribute('aria-expanded')).toBe('true');

      const narrow = await overflow(page);
      expect(narrow.scrollWidth).toBeLessThanOrEqual(narrow.innerWidth);
      const frame = page.locator('.fr-table__container');
      expect(await frame.getAttribute('tabindex')).toBe('0');
      expect(await frame.getAttribute('aria-label')).toMatch(/^Actions du projet, page 1 sur \d+$/);
      // The frame is wider inside than outside: it scrolls, by the keyboard too.
      await frame.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => (document.querySelector('.fr-table__container')?.scrollLeft ?? 0) > 0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a region’s count of lagging deployments opens the list of those actions', async () => {
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, 'lecture@boussole.test');
      await page.waitForURL(/\/plans\/\d+$/);
      const planId = /\/plans\/(\d+)$/.exec(page.url())?.[1];
      const regions = (await (await page.request.get(`/api/regions?plan=${planId}`)).json()) as { code: string; laggingCount: number }[];
      const region = regions.find((r) => r.laggingCount > 0);
      expect(region).toBeDefined();
      if (!region) return;
      await page.goto(`/regions/${region.code}`);
      const link = page.getByRole('link', { name: `${region.laggingCount} en retard sur les autres régions` });
      await link.click();
      await page.waitForURL(new RegExp(`/plans/${planId}/actions\\?signal=regional_laggard&region=${region.code}$`));
      await page.waitForFunction(() => document.activeElement?.id === 'resultats-titre');
      const plural = region.laggingCount > 1 ? 'actions' : 'action';
      expect(await announced(page)).toBe(`${region.laggingCount} ${plural} correspondant à ces critères`);
      expect(await page.locator('#filtre-region').inputValue()).toBe(region.code);
      expect(await page.locator('#filtre-signal-regional_laggard').isChecked()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
