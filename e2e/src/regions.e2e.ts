import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage, signIn } from './support/browser';

/** The regional roll-out, indicators and comments (issue 5). */
describe('regions, indicators and comments', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser.close());

  async function signedIn(email: string): Promise<Page> {
    const { page } = await newPage(browser);
    await signIn(page, email);
    // Each role's start page (issue 12): a liaison's region, else the dashboard.
    await page.waitForURL(/\/plans\/\d+|\/ma-region$/);
    return page;
  }

  /** The first regional action, found through the API the page itself uses. */
  async function regionalActionId(page: Page): Promise<number> {
    const response = await page.request.get('/api/actions?region=53&pageSize=1');
    const [action] = await response.json();
    return action.id;
  }

  it('the Bretagne liaison updates Bretagne’s deployment and comments it, and is refused Île-de-France', async () => {
    const page = await signedIn('ars-bretagne@boussole.test');
    try {
      const id = await regionalActionId(page);
      await page.goto(`/actions/${id}`);
      await page.getByRole('heading', { name: 'Déploiement dans les régions' }).waitFor();
      const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Déploiement en Bretagne' }) });
      await panel.waitFor();
      await panel.locator('#deploiement-avancement').fill('64');
      await panel.locator('#deploiement-narratif').fill('Quatre CPTS supplémentaires signées en Bretagne.');
      await panel.getByRole('button', { name: 'Enregistrer le déploiement' }).click();
      await page.getByText('Déploiement enregistré.').waitFor();
      const bretagneRow = page.locator('table', { has: page.getByText('Déploiement de l’action dans les 18 régions') }).locator('tr', { hasText: 'Bretagne' });
      await bretagneRow.getByText(/64\s%/).first().waitFor();

      const text = '<script>alert("x")</script>\nBesoin d’un appui pour la Mayenne ? https://sante.gouv.fr/';
      await panel.getByLabel('Votre commentaire').fill(text);
      await panel.getByRole('button', { name: 'Publier le commentaire' }).click();
      await page.getByText('Commentaire publié.').waitFor();
      await panel.getByText('<script>alert("x")</script>').waitFor();
      await panel.getByRole('link', { name: 'https://sante.gouv.fr/' }).waitFor();
      expect(await page.locator('script:has-text("alert")').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // Île-de-France: visible, not writable.
      await page.getByRole('button', { name: /Voir la région Île-de-France/ }).click();
      const idf = page.locator('section', { has: page.getByRole('heading', { name: 'Déploiement en Île-de-France' }) });
      await idf.getByText(/Vous consultez ce déploiement sans pouvoir le mettre à jour/).waitFor();
      expect(await idf.getByRole('button', { name: 'Enregistrer le déploiement' }).count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it('a director finds the lagging regions of an action and opens an indicator’s chart', async () => {
    const page = await signedIn('direction@boussole.test');
    try {
      const id = await regionalActionId(page);
      await page.goto(`/actions/${id}`);
      const grid = page.locator('table', { has: page.getByText('Déploiement de l’action dans les 18 régions') });
      await grid.waitFor();
      expect(await grid.locator('tbody tr').count()).toBe(18);
      const expected = (await (await page.request.get(`/api/actions/${id}/regions`)).json()).deployments.filter((d: { laggard: boolean }) => d.laggard).length;
      expect(await grid.getByText('En retard sur les autres régions').count()).toBe(expected);

      await page.getByRole('link', { name: 'Régions' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Déploiement dans les régions' }).waitFor();
      await page.locator('svg a').nth(17).waitFor();
      expect(await page.locator('svg a').count()).toBe(18);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: /^Bretagne : / }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Bretagne' }).waitFor();
      await page.getByText(/Rang\s:\s\d+(re|e) sur 18 régions/).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Indicateurs' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Indicateurs' }).waitFor();
      await page.locator('table tbody tr a').first().click();
      await page.waitForURL(/\/indicateurs\/\d+$/);
      await page.getByRole('heading', { name: 'Évolution' }).waitFor();
      await page.locator('svg[role="img"]').first().waitFor();
      await page.getByText('Atteinte de la cible finale').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('a viewer is refused every write, in the API as in the pages', async () => {
    const page = await signedIn('lecture@boussole.test');
    try {
      const id = await regionalActionId(page);
      const patch = await page.request.patch(`/api/actions/${id}/regions/53`, { data: { progress: 10, version: 1 } });
      expect(patch.status()).toBe(403);
      const comment = await page.request.post(`/api/actions/${id}/comments`, { data: { kind: 'general', text: 'x' } });
      expect(comment.status()).toBe(403);
      await page.goto(`/actions/${id}`);
      await page.getByRole('heading', { name: 'Déploiement dans les régions' }).waitFor();
      expect(await page.getByRole('button', { name: 'Enregistrer le déploiement' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Publier le commentaire' }).count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});
