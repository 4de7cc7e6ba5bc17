import type { Page } from 'playwright-core';

/**
 * The pages each persona lives in, with ids read from the demo server: the tour every page
 * journey takes (at 390 px, in English).
 */
export const PUBLIC_PAGES = ['/connexion', '/mot-de-passe-oublie', '/accessibilite', '/mentions-legales', '/donnees-personnelles'];

/** The first id of an API list (an array, or a page of `items`). */
export async function firstId(page: Page, url: string): Promise<number> {
  const body = await (await page.request.get(url)).json();
  const list = Array.isArray(body) ? body : body.items;
  return list[0].id;
}

/** A director's pages beyond the dashboard: axis, actions, action, regions, indicators, cycles, account. */
export async function directorPages(page: Page, planId: number): Promise<string[]> {
  const plan = await (await page.request.get(`/api/plans/${planId}`)).json();
  const actionId = await firstId(page, `/api/actions?plan=${planId}&region=53&pageSize=1`);
  const indicatorId = await firstId(page, `/api/indicators?plan=${planId}`);
  const cycleId = await firstId(page, `/api/cycles?plan=${planId}`);
  return [
    `/plans/${planId}/axes/${plan.axes[0].id}`,
    `/plans/${planId}/actions`,
    `/actions/${actionId}`,
    '/regions',
    '/regions/53',
    '/indicateurs',
    `/indicateurs/${indicatorId}`,
    '/campagnes',
    `/campagnes/${cycleId}`,
    '/mon-compte',
    '/plans',
  ];
}

/** An administrator's pages. */
export async function adminPages(page: Page): Promise<string[]> {
  const planId = await firstId(page, '/api/plans');
  const userId = await firstId(page, '/api/users');
  return [
    '/administration',
    `/administration/plans/${planId}/structure`,
    `/administration/plans/${planId}/import`,
    `/administration/plans/${planId}/campagnes`,
    '/administration/journal',
    '/administration/utilisateurs',
    '/administration/utilisateurs/nouveau',
    '/administration/utilisateurs/messages',
    `/administration/utilisateurs/${userId}`,
  ];
}
