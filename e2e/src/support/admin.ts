import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, newPage } from './browser';

/** Someone the administrator puts into Boussole. */
export interface Person {
  email: string;
  name: string;
  role: 'Chef·fe de projet' | 'Directeur·rice' | 'Lecteur·rice';
  /** The unit code of a project manager, e.g. 'RH'. */
  unit?: string;
}

/** Refused by the guessability rule only: long enough, without the e-mail's name, but a keyboard row. */
export const GUESSABLE_PASSWORD = 'azertyuiop123';

/** The day `offset` days from today, as the date fields take it (ISO, `2026-11-24`), in Paris time. */
export function isoDay(offset = 0): string {
  const day = new Date(Date.now() + offset * 86_400_000);
  return day.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
}

/**
 * A field's label by its first words: the kit's labels also hold the hint (and "(facultatif)"),
 * and their text starts with the template's white space.
 */
export function label(start: string): RegExp {
  const escaped = start.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  return new RegExp(`^\\s*${escaped}`);
}

/** Picks a DSFR radio or checkbox by its label (the input itself is drawn by the label, which takes the click). */
export async function choose(scope: Page | Locator, text: string): Promise<void> {
  await scope.getByText(text, { exact: true }).click();
  expect(await scope.getByLabel(text, { exact: true }).isChecked()).toBe(true);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** The open modal dialog named `name` (the administration's forms and confirmations). */
export async function dialogNamed(page: Page, name: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name, exact: true });
  await dialog.waitFor();
  return dialog;
}

/** The polite notice a page shows after a save (its `role="status"` region). */
export async function notice(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

/**
 * From anywhere in the administration: creates the account through "Utilisateurs" → "Ajouter un
 * utilisateur" and returns the one-time link the page shows. Checks both pages with axe.
 */
export async function invite(page: Page, person: Person): Promise<string> {
  await page.goto('/administration');
  await page.getByRole('link', { name: 'Gérer les utilisateurs' }).click();
  await page.getByRole('heading', { level: 1, name: 'Utilisateurs' }).waitFor();
  await page.getByRole('table').waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Ajouter un utilisateur' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ajouter un utilisateur' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel(label('Adresse électronique')).fill(person.email);
  await page.getByLabel(label('Nom')).fill(person.name);
  await page.getByLabel(label('Rôle')).selectOption({ label: person.role });
  if (person.unit) await page.getByLabel(label('Sous-direction')).selectOption(person.unit);
  await page.getByRole('button', { name: 'Créer le compte et son invitation' }).click();

  await page.getByRole('heading', { name: `Le compte de ${person.name} est créé` }).waitFor();
  const alert = page.locator('.fr-alert', { hasText: 'Lien à transmettre' });
  // No SMTP on the journeys' servers: the page says the admin passes the link on.
  await alert.getByText(/Aucun courriel n’a été envoyé/).waitFor();
  await alert.getByRole('button', { name: 'Copier le lien' }).waitFor();
  const link = await alert.getByLabel('Lien à transmettre').inputValue();
  expect(link).toMatch(/\/invitation\/[^/]+$/);
  await expectNoAxeViolations(page);
  return link;
}

/** The page of an invitation link opened in a context of its own (no session). */
export async function openLink(browser: Browser, base: string, link: string): Promise<Page> {
  const { page } = await newPage(browser, base);
  await page.goto(link);
  return page;
}

/** On an open invitation page: sets `password` (typed twice) and sends it. */
export async function choosePassword(page: Page, password: string): Promise<void> {
  await page.getByLabel(label('Mot de passe')).fill(password);
  await page.getByLabel(label('Confirmation du mot de passe')).fill(password);
  await page.getByRole('button', { name: 'Enregistrer mon mot de passe et me connecter' }).click();
}

/** Opens the invitation link of `person` in a new context, checks whose it is, and sets `password`: signed in. */
export async function acceptInvitation(
  browser: Browser,
  base: string,
  link: string,
  person: Person,
  password: string,
): Promise<Page> {
  const page = await openLink(browser, base, link);
  await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Boussole' }).waitFor();
  await page.getByText(`${person.name}, choisissez le mot de passe de votre compte Boussole.`).waitFor();
  await page.getByText(`Ce lien est celui du compte ${person.email}.`, { exact: false }).waitFor();
  await choosePassword(page, password);
  await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();
  await page.locator('header').getByText(person.name).first().waitFor();
  return page;
}
