import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage, signIn } from './support/browser';

/**
 * The regions map (issue 12, point 7): its colours come from the regions' own quantiles, so the
 * demo's narrow spread still shows several colours, with each class's range in the legend; at
 * 390 px its names and figures give way to the regions table, one button away, and the page does
 * not scroll sideways; by keyboard, a region's link opens its page.
 */
describe('the regions map', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser.close());

  async function regionsPage(width: number, height: number): Promise<Page> {
    const { page } = await newPage(browser);
    await page.setViewportSize({ width, height });
    await signIn(page, 'direction@boussole.test');
    await page.waitForURL(/\/plans\/\d+/);
    await page.goto('/regions');
    await page.getByRole('heading', { level: 1, name: 'Déploiement dans les régions' }).waitFor();
    await page.locator('svg a').nth(17).waitFor();
    return page;
  }

  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it('colours the regions by quantiles, the legend giving each class’s range, and opens a region by keyboard', async () => {
    const page = await regionsPage(1280, 800);
    try {
      expect(await page.locator('svg a').count()).toBe(18);
      const fills = await page.locator('svg a .bsl-map__shape').evaluateAll((shapes) => shapes.map((s) => s.getAttribute('fill')));
      expect(new Set(fills).size).toBeGreaterThanOrEqual(3);
      const legend = await page.locator('.bsl-map__legend li').allTextContents();
      expect(legend.filter((item) => /^\s*(De [\d,]+ à [\d,]+\s%|[\d,]+\s%) \(\d+\srégions?\)\s*$/.test(item)).length).toBeGreaterThanOrEqual(3);
      await page.getByText(/^Médiane des régions\s:\s[\d,]+\s%$/).waitFor();
      expect(await page.locator('.bsl-map__label').first().isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: /^Bretagne : / }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Bretagne' }).waitFor();
    } finally {
      await page.context().close();
    }
  });

  it('at 390 px hides the map’s names for the regions table, one button away, without sideways scrolling', async () => {
    const page = await regionsPage(390, 844);
    try {
      expect(await page.locator('.bsl-map__label').first().isVisible()).toBe(false);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const toTable = page.getByRole('button', { name: 'aller au tableau des régions' });
      await toTable.focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tableau-titre');
      // The table's frame scrolls sideways itself and takes the focus, so the keyboard scrolls it too.
      const frame = page.getByRole('region', { name: /Tableau des 18 régions/ });
      await frame.focus();
      expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await page.locator('table tbody tr').count()).toBe(18);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
