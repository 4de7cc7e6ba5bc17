import type { CurrentUser } from '@boussole/domain';
import { USERS, anAction } from './testing/action-fixtures';
import { openActionPage, type ActionPage } from './testing/action-page-harness';
import { LIAISONS, aRegionalAction } from './testing/deployment-fixtures';

describe('the regional roll-out on the action page', () => {
  let view: ActionPage;

  afterEach(() => view.http.verify());

  const grid = () =>
    view.page().querySelector<HTMLTableElement>('bsl-regions-grid table');
  const rowNames = () =>
    Array.from(
      grid()?.querySelectorAll('tbody th[scope=row] a') ?? [],
      (link) => link.textContent?.trim(),
    );
  const panelTitle = () =>
    view
      .page()
      .querySelector('#deploiement-panneau-titre')
      ?.textContent?.trim();
  const open = async (user: CurrentUser = LIAISONS.bretagne) =>
    (view = await openActionPage(user, aRegionalAction()));

  it('lists the 18 regions with their spread, the laggards flagged', async () => {
    await open(USERS.viewer);
    const text = view.text();

    expect(
      view.page().querySelector('h2#deploiements-titre')?.textContent?.trim(),
    ).toBe('Déploiement dans les régions');
    expect(grid()?.caption?.textContent?.trim()).toBe(
      'Déploiement de l’action dans les 18 régions',
    );
    expect(rowNames()).toHaveLength(18);
    expect(rowNames().slice(0, 3)).toEqual([
      'Auvergne-Rhône-Alpes',
      'Bourgogne-Franche-Comté',
      'Bretagne',
    ]);
    const laggards = Array.from(
      grid()?.querySelectorAll('tbody tr') ?? [],
    ).filter((row) =>
      row.textContent?.includes('En retard sur les autres régions'),
    );
    expect(
      laggards.map((row) => row.querySelector('th a')?.textContent?.trim()),
    ).toEqual(['Corse', 'Mayotte']);
    expect(text).toContain('Médiane 60 %, minimum 20 %, maximum 62 %');
    expect(text).toContain('1 région');
    expect(text).toContain('17 régions');
    expect(
      view.page().querySelector('[aria-label="Avancement à La Réunion"]'),
    ).not.toBeNull();
    const bretagne = grid()?.querySelector('tbody tr:nth-child(3)');
    expect(bretagne?.querySelector('.bsl-pre-line')?.textContent).toBe(
      'Quatre CPTS signées.\nDeux autres en cours.',
    );
    expect(bretagne?.textContent).toContain('par Awena Le Gall');
    // No region is shown until one is chosen; a viewer sees it, without the form.
    expect(panelTitle()).toBeUndefined();
    view.button('Voir la région Bretagne').click();
    expect(await view.flushRegionThreads()).toBe(1);
    expect(panelTitle()).toBe('Déploiement en Bretagne');
    expect(view.page().querySelector('#deploiement-avancement')).toBeNull();
    expect(view.text()).toContain(
      'Vous consultez ce déploiement sans pouvoir le mettre à jour : Un·e lecteur·rice ne peut rien modifier.',
    );
    expect(document.activeElement?.id).toBe('deploiement-panneau-titre');
  });

  it('opens the Bretagne liaison’s own region first, with the form, and not Île-de-France’s', async () => {
    await open();

    expect(rowNames()[0]).toBe('Bretagne');
    expect(grid()?.querySelector('tbody tr')?.textContent).toContain(
      'Votre région',
    );
    expect(panelTitle()).toBe('Déploiement en Bretagne');
    expect(view.field('#deploiement-meteo-on_track').checked).toBe(true);
    expect(view.field('#deploiement-avancement').value).toBe('62');
    expect(view.field('#deploiement-narratif').value).toBe(
      'Quatre CPTS signées.\nDeux autres en cours.',
    );
    expect(
      view.page().querySelectorAll('input[name=deploiement-meteo]'),
    ).toHaveLength(6);

    view.button('Voir la région Île-de-France').click();
    await view.flushRegionThreads();
    expect(panelTitle()).toBe('Déploiement en Île-de-France');
    expect(view.page().querySelector('#deploiement-avancement')).toBeNull();
    expect(view.text()).toContain(
      'Seul le déploiement de votre région (Bretagne) peut être mis à jour.',
    );
  });

  it('hides the deployment form from the Île-de-France liaison in Bretagne', async () => {
    await open(LIAISONS.ileDeFrance);
    expect(panelTitle()).toBe('Déploiement en Île-de-France');
    expect(view.page().querySelector('#deploiement-avancement')).not.toBeNull();
    view.button('Voir la région Bretagne').click();
    await view.flushRegionThreads();
    expect(view.page().querySelector('#deploiement-avancement')).toBeNull();
  });

  it('sorts the regions by progress, the least advanced first, the liaison’s own first', async () => {
    await open();
    const select = view.field<HTMLSelectElement>('#tri-regions');
    select.value = 'progress';
    select.dispatchEvent(new Event('change'));
    await view.stable();
    expect(rowNames().slice(0, 4)).toEqual([
      'Bretagne',
      'Corse',
      'Mayotte',
      'Auvergne-Rhône-Alpes',
    ]);
  });

  it('keeps the headings in order and shows the action’s own comments', async () => {
    await open();
    const headings = Array.from(
      view.page().querySelectorAll('h1, h2, h3, h4, h5'),
      (h) => `${h.tagName} ${h.textContent?.trim()}`,
    );
    const from = headings.indexOf('H2 Déploiement dans les régions');
    expect(headings.slice(from, from + 4)).toEqual([
      'H2 Déploiement dans les régions',
      'H3 Déploiement en Bretagne',
      'H4 Mettre à jour le déploiement',
      'H4 Commentaires – Bretagne',
    ]);
    expect(headings.at(-1)).toBe('H2 Commentaires');
  });

  it('shows no regional roll-out for a national action, but its comments', async () => {
    view = await openActionPage(USERS.viewer, anAction());
    view.http.expectNone('/api/actions/7/regions');
    expect(view.text()).not.toContain('Déploiement dans les régions');
    expect(
      view.page().querySelector('bsl-comment-thread h2')?.textContent?.trim(),
    ).toBe('Commentaires');
  });
});
