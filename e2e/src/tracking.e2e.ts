import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage, signIn } from './support/browser';

/** The tracking loop (issue 4): updates move the roll-ups, directors find what is late, conflicts are shown. */
describe('the tracking loop', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser.close());

  async function signedIn(email: string): Promise<Page> {
    const { page } = await newPage(browser);
    await signIn(page, email);
    // Each role's start page (issue 12): a project manager's actions, else the dashboard.
    await page.waitForURL(/\/plans\/\d+|\/mes-actions$/);
    return page;
  }

  /** The first action "à mettre à jour" of the signed-in project manager, from "Mes actions". */
  async function firstActionToUpdate(page: Page): Promise<{ url: string; axis: number }> {
    await page.getByRole('link', { name: 'Mes actions' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mes actions' }).waitFor();
    const section = page.locator('section', { has: page.getByRole('heading', { name: /À faire, les plus urgentes d’abord/ }) });
    await section.locator('li', { hasText: 'À mettre à jour' }).first().getByRole('link').first().click();
    await page.waitForURL(/\/actions\/\d+$/);
    const heading = page.getByRole('heading', { level: 1, name: /^\d+\.\d+\.\d+ – / });
    await heading.waitFor();
    const title = (await heading.textContent()) ?? '';
    return { url: page.url(), axis: Number(title.trim().split('.')[0]) };
  }

  async function axisProgress(page: Page, axis: number): Promise<number> {
    await page.getByRole('link', { name: 'Tableau de bord' }).first().click();
    const bar = page.locator(`[aria-label="Avancement de l’axe ${axis}"]`).first();
    await bar.waitFor();
    return Number(await bar.getAttribute('aria-valuenow'));
  }

  async function postUpdate(page: Page, progress: number, narrative: string): Promise<void> {
    await page.getByRole('heading', { name: 'Mettre à jour l’action' }).waitFor();
    await page.locator('label[for="meteo-on_track"]').click();
    await page.locator('#avancement').fill(String(progress));
    await page.locator('#point-avancement').fill(narrative);
    await page.getByRole('button', { name: 'Enregistrer le point d’avancement' }).click();
  }

  it('a project manager posts an update and the axis roll-up changes', async () => {
    const page = await signedIn('pf@boussole.test');
    try {
      const action = await firstActionToUpdate(page);
      const before = await axisProgress(page, action.axis);
      await page.goto(action.url);
      const current = Number(await page.locator('[role="progressbar"]').first().getAttribute('aria-valuenow'));
      await postUpdate(page, current < 90 ? 99 : 5, 'Instruction publiée ; comité de suivi réuni avec les ARS.');
      await page.getByText('Point d’avancement enregistré.').waitFor();
      await page.getByText('Instruction publiée ; comité de suivi réuni avec les ARS.').first().waitFor();
      const after = await axisProgress(page, action.axis);
      expect(after).not.toBe(before);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('a director finds the late actions and what changed since a date', async () => {
    const page = await signedIn('direction@boussole.test');
    try {
      const link = page.getByRole('link', { name: /^\d+ actions? à échéance dépassée$/ }).first();
      const count = Number(/^\s*(\d+)/.exec((await link.textContent()) ?? '')?.[1]);
      await link.click();
      await page.waitForURL(/\/plans\/\d+\/actions\?.*signal=overdue/);
      const rows = page.locator('table tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(count);
      for (const row of await rows.all()) expect(await row.textContent()).toMatch(/En retard/);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Tableau de bord' }).first().click();
      // The dashboard compares with the latest validated cycle by default: choose a date.
      await page.locator('label[for="depuis-date"]').click();
      await page.locator('#depuis-le').fill('2026-09-01');
      await page.locator('#depuis-le').dispatchEvent('change');
      await page.getByText('Actions dont la météo ou l’avancement a changé depuis le 01/09/2026').waitFor();
      expect(await page.locator('section[aria-labelledby="changements-titre"] tbody tr').count()).toBeGreaterThan(3);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('two sessions edit the same action: the second gets the conflict dialog', async () => {
    const first = await signedIn('pf@boussole.test');
    const second = await signedIn('direction@boussole.test');
    try {
      const action = await firstActionToUpdate(first);
      await second.goto(action.url);
      await second.getByRole('heading', { name: 'Mettre à jour l’action' }).waitFor();
      // The second starts typing before the first saves: the live page then keeps the version being
      // edited (a form nobody typed in would take the new one and there would be no conflict).
      await second.locator('#point-avancement').fill('Point de la direction…');
      await postUpdate(first, 50, 'Premier point de la journée.');
      await first.getByText('Point d’avancement enregistré.').waitFor();

      await postUpdate(second, 60, 'Point de la direction sur une version dépassée.');
      const dialog = second.getByRole('dialog', { name: 'Cette action a été modifiée entre-temps' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toMatch(/50\s%/);
      expect(await axeViolations(second)).toEqual([]);
      await dialog.getByRole('button', { name: 'Reprendre avec la version à jour' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await second.locator('#avancement').inputValue()).toBe('60');
      await second.getByRole('button', { name: 'Enregistrer le point d’avancement' }).click();
      await second.getByText('Point d’avancement enregistré.').waitFor();
    } finally {
      await first.context().close();
      await second.context().close();
    }
  });

  it('a viewer sees no update form', async () => {
    const page = await signedIn('lecture@boussole.test');
    try {
      await page.getByRole('link', { name: /^\d+ actions? à échéance dépassée$/ }).first().click();
      await page.locator('table tbody tr a').first().click();
      await page.waitForURL(/\/actions\/\d+$/);
      await page.getByRole('heading', { name: 'Historique des points d’avancement' }).waitFor();
      await page.getByText(/Vous consultez cette action sans pouvoir la mettre à jour/).waitFor();
      expect(await page.getByRole('heading', { name: 'Mettre à jour l’action' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Enregistrer le point d’avancement' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
