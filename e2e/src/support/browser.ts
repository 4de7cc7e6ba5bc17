import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Boussole-Demo-2025';

export function baseUrl(): string {
  const base = process.env['BOUSSOLE_E2E_BASE'];
  if (!base) throw new Error('BOUSSOLE_E2E_BASE is not set: run the journeys through Jest (global setup).');
  return base;
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium, headless, with the flags this machine needs (no sandbox as root, no network calls home). */
export async function launchBrowser(): Promise<Browser> {
  // The global setup resolved the browser (tools/chromium-path.mjs) into CHROMIUM_PATH.
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: FLAGS });
}

/** The server started in production mode on an empty database, and its first administrator. */
export function productionServer(): { base: string; admin: { email: string; password: string } } {
  const base = process.env['BOUSSOLE_E2E_PRODUCTION_BASE'];
  const admin = process.env['BOUSSOLE_E2E_PRODUCTION_ADMIN'];
  if (!base || !admin) throw new Error('BOUSSOLE_E2E_PRODUCTION_BASE is not set: run the journeys through Jest (global setup).');
  return { base, admin: JSON.parse(admin) };
}

/** A fresh browser context on the demo server (or on `base`, e.g. the production one). */
export async function newPage(browser: Browser, base = baseUrl()): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: base, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  return { context, page };
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** The axe-core violations of the page as it is now (WCAG 2.1 A and AA rules, which RGAA follows). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
