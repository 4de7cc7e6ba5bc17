import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, newPage, signIn } from './support/browser';

// Each role lands on its start page (issue 12): the dashboard, or a project manager's actions, or a liaison's region.
const ROLES = [
  { email: 'admin@boussole.test', role: 'Administrateur·rice', start: null },
  { email: 'direction@boussole.test', role: 'Directeur·rice', start: null },
  { email: 'pf@boussole.test', role: 'Chef·fe de projet', start: { path: /\/mes-actions$/, title: 'Mes actions' } },
  { email: 'ars-bretagne@boussole.test', role: 'Référent·e ARS', start: { path: /\/ma-region$/, title: 'Ma région' } },
  { email: 'lecture@boussole.test', role: 'Lecteur·rice', start: null },
];

describe('signing in and seeing the plan', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser.close());

  it.each(ROLES)('$email signs in, sees the four axes and their objectives, and signs out', async ({ email, role, start }) => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto('/');
      await page.waitForURL(/\/connexion/);
      await signIn(page, email);
      if (start) {
        await page.waitForURL(start.path);
        await page.getByRole('heading', { level: 1, name: start.title }).waitFor();
        await page.getByRole('link', { name: 'Tableau de bord' }).first().click();
      }
      await page.waitForURL(/\/plans\/\d+/);
      await expectPlanPage(page);
      await page.locator('header').getByText(role).first().waitFor();
      await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
      await page.waitForURL(/\/connexion/);
      // The session is gone: the plan is out of reach again.
      await page.goto('/');
      await page.waitForURL(/\/connexion/);
    } finally {
      await context.close();
    }
  });

  it('shows a French error for a wrong password, and for a malformed e-mail', async () => {
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, 'direction@boussole.test', 'mauvais-mot-de-passe');
      await page.getByRole('alert').getByText('Adresse électronique ou mot de passe incorrect.').waitFor();
      expect(page.url()).toMatch(/\/connexion/);

      await page.getByLabel('Adresse électronique').fill('pas-une-adresse');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByText(/format attendu|n’est pas valide|adresse électronique valide/i).first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('has zero axe violations on the sign-in page and the plan page', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto('/connexion');
      await page.getByRole('button', { name: 'Se connecter' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await signIn(page, 'direction@boussole.test');
      await page.waitForURL(/\/plans\/\d+/);
      await expectPlanPage(page);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is usable with the keyboard: skip link to the content, sign-in with Enter', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto('/connexion');
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      expect(await skip.textContent()).toMatch(/Contenu/);
      await page.keyboard.press('Enter');
      await page.getByLabel('Adresse électronique').focus();
      await page.keyboard.type('q@boussole.test');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Boussole-Demo-2025');
      await page.keyboard.press('Enter');
      // A project manager starts on their actions (issue 12).
      await page.waitForURL(/\/mes-actions$/);
      await page.getByRole('heading', { level: 1, name: 'Mes actions' }).waitFor();
    } finally {
      await context.close();
    }
  });
});

async function expectPlanPage(page: import('playwright-core').Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).filter({ hasText: '2025-2027' }).waitFor();
  for (const number of [1, 2, 3, 4]) {
    await page.getByText(`Axe ${number}`, { exact: false }).first().waitFor();
  }
  await page.getByText(/Garantir l.accès aux soins/).first().waitFor();
  await page.getByText(/Améliorer les modes de travail de la DGOS/).first().waitFor();
  // Each axis's objectives are folded (issue 12): unfolding one lists them (e.g. 1.1 Décliner le
  // Pacte d'accès aux soins).
  const axisOne = page.getByRole('button', { name: /^Axe 1 – .*objectifs\)$/ });
  expect(await axisOne.getAttribute('aria-expanded')).toBe('false');
  await axisOne.click();
  await page.getByText(/Pacte d.accès aux soins/).first().waitFor();
  await page.getByRole('button', { name: /^Axe 3 – .*objectifs\)$/ }).click();
  await page.getByText(/PNMR4|maladies rares/i).first().waitFor();
}
