import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { axeViolations } from '../../../testing/axe';
import { eventually } from '../../../testing/page';
import { openAdmin, type AdminView } from '../testing/admin-harness';
import { EVENTS, PEOPLE } from '../testing/audit-journal-fixtures';

const FIRST_PAGE = '/api/audit?page=1&pageSize=50';

describe('AuditPageComponent (Journal des modifications)', () => {
  let view: AdminView;

  afterEach(() => view.http.verify());

  /** The journal at `url`: the people for the author filter answered, the trail left to the test. */
  async function open(url = '/administration/journal') {
    view = await openAdmin(url);
    const people = await view.request('/api/users');
    expect(people.request.params.get('pageSize')).toBe('200');
    // Deactivated accounts too: their changes stay in the journal.
    expect(people.request.params.has('active')).toBe(false);
    people.flush(PEOPLE, { headers: { 'X-Total-Count': '3' } });
    await view.navigation;
  }

  /** The pending request of the trail (its query is in its URL, in a fixed order). */
  const trail = () =>
    eventually(() =>
      view.http.expectOne((request) => request.url.startsWith('/api/audit?')),
    );
  const url = () => TestBed.inject(Router).url;
  const cells = () =>
    Array.from(view.page().querySelectorAll('tbody tr'), (row) =>
      Array.from(row.children, (cell) =>
        cell.textContent?.replace(/[ \n\t]+/g, ' ').trim(),
      ),
    );
  const status = () =>
    view.page().querySelector('[role=status]')?.textContent?.trim();

  it('lists who changed what and when, in Paris time, with the records and their values before and after', async () => {
    await open();
    const request = await trail();
    expect(request.request.urlWithParams).toBe(FIRST_PAGE);
    request.flush(EVENTS, { headers: { 'X-Total-Count': '4' } });
    await view.stable();

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Journal des modifications',
    );
    expect(status()).toBe('4 modifications en tout');
    expect(
      Array.from(view.page().querySelectorAll('thead th'), (th) =>
        th.textContent?.trim(),
      ),
    ).toEqual([
      'Date (heure de Paris)',
      'Auteur·rice',
      'Opération',
      'Enregistrement',
      'Changements',
    ]);
    expect(cells()).toEqual([
      [
        '05/10/2026 à 10:30',
        'Paul Financement',
        'Mise à jour de la météo et de l’avancement',
        'Action n°\u00a07',
        'Météo\u00a0: En bonne voie → devient En retard Avancement\u00a0: 30\u00a0% → devient 40\u00a0%',
      ],
      [
        '01/07/2026 à 14:00',
        'Paul Financement',
        'Mise à jour d’un déploiement régional',
        'Déploiement régional\u00a0: action n°\u00a07, Bretagne',
        'Météo\u00a0: Non démarrée → devient En bonne voie Avancement\u00a0: 0\u00a0% → devient 10\u00a0% Commentaire\u00a0: vide → devient Lancé à Rennes.',
      ],
      [
        '02/01/2026 à 10:00',
        'Alice Admin',
        'Modification du compte',
        'Compte utilisateur n°\u00a012',
        'Rôle\u00a0: Lecteur·rice → devient Chef·fe de projet',
      ],
      // 23:30 UTC on 31 December is already the New Year in Paris.
      [
        '01/01/2026 à 00:30',
        'Système',
        'Suppression de l’action',
        'Action n°\u00a08',
        'Code\u00a0: 1.1.9 → devient vide',
      ],
    ]);
    const links = Array.from(view.page().querySelectorAll('tbody a'), (a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    // A removed action has no page left to link to.
    expect(links).toEqual([
      ['Action n°\u00a07', '/actions/7'],
      ['Déploiement régional\u00a0: action n°\u00a07, Bretagne', '/actions/7'],
      ['Compte utilisateur n°\u00a012', '/administration/utilisateurs/12'],
    ]);
    // The author filter offers everyone by name.
    expect(
      Array.from(
        view.field<HTMLSelectElement>('#journal-auteur').options,
        (o) => o.text.trim(),
      ),
    ).toEqual([
      'Toutes les personnes',
      'Alice Admin',
      'Paul Financement',
      'Zoé Ancienne',
    ]);
    expect(
      Array.from(view.field<HTMLSelectElement>('#journal-type').options, (o) =>
        o.text.trim(),
      ),
    ).toEqual([
      'Tous les types',
      'Action',
      'Jalon',
      'Déploiement régional',
      'Indicateur',
      'Objectif',
      'Axe',
      'Projet stratégique',
      'Campagne de suivi',
      'Import de classeur',
      'Commentaire',
      'Compte utilisateur',
      'Session',
      'Connexion',
    ]);
    expect(view.page().querySelector('.fr-pagination')).toBeNull();
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('puts the filters in the URL on "Filtrer", asks the API with them, and clears them', async () => {
    await open();
    (await trail()).flush(EVENTS, { headers: { 'X-Total-Count': '4' } });
    await view.stable();

    view.choose('#journal-type', 'action');
    view.type('#journal-id', ' 7 ');
    view.choose('#journal-auteur', '3');
    view.type('#journal-du', '2026-10-01');
    view.type('#journal-au', '2026-10-31');
    // Nothing is asked before the filters are applied.
    view.http.expectNone(() => true);
    view.button('Filtrer').click();
    await view.stable();

    expect(url()).toBe(
      '/administration/journal?entity=action&id=7&actor=3&from=2026-10-01&to=2026-10-31',
    );
    const filtered = await trail();
    expect(filtered.request.urlWithParams).toBe(
      '/api/audit?entity=action&id=7&actor=3&from=2026-10-01&to=2026-10-31&page=1&pageSize=50',
    );
    filtered.flush(EVENTS.slice(0, 1), { headers: { 'X-Total-Count': '1' } });
    await view.stable();
    expect(status()).toBe('1 modification correspondant à ces critères');
    expect(cells()).toHaveLength(1);

    view.button('Effacer les filtres').click();
    await view.stable();
    expect(url()).toBe('/administration/journal');
    (await trail()).flush([], { headers: { 'X-Total-Count': '0' } });
    await view.stable();
    expect(view.field<HTMLSelectElement>('#journal-type').value).toBe('');
    expect(view.field('#journal-id').value).toBe('');
    expect(view.text()).toContain(
      'Aucune modification ne correspond à ces critères.',
    );
  });

  it('reads its filters from the URL into the form, and pages through the results with them', async () => {
    await open(
      '/administration/journal?entity=indicator&actor=1&from=2026-01-01',
    );
    const first = await trail();
    expect(first.request.urlWithParams).toBe(
      '/api/audit?entity=indicator&actor=1&from=2026-01-01&page=1&pageSize=50',
    );
    first.flush(EVENTS, { headers: { 'X-Total-Count': '120' } });
    await view.stable();

    expect(view.field<HTMLSelectElement>('#journal-type').value).toBe(
      'indicator',
    );
    expect(view.field<HTMLSelectElement>('#journal-auteur').value).toBe('1');
    expect(view.field('#journal-du').value).toBe('2026-01-01');
    expect(view.field('#journal-au').value).toBe('');
    expect(
      view
        .page()
        .querySelector('caption')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim(),
    ).toBe(
      'Modifications, de la plus récente à la plus ancienne, page 1 sur 3',
    );
    const pages = Array.from(
      view.page().querySelectorAll('.fr-pagination a[title]'),
      (a) => a.textContent?.trim(),
    );
    expect(pages).toEqual(['1', '2', '3']);

    view.page().querySelector<HTMLAnchorElement>('a[title="Page 2"]')?.click();
    await view.stable();
    expect(url()).toBe(
      '/administration/journal?entity=indicator&actor=1&from=2026-01-01&page=2',
    );
    const second = await trail();
    expect(second.request.urlWithParams).toBe(
      '/api/audit?entity=indicator&actor=1&from=2026-01-01&page=2&pageSize=50',
    );
    second.flush(EVENTS.slice(0, 2), { headers: { 'X-Total-Count': '120' } });
    await view.stable();
    expect(cells()).toHaveLength(2);
    expect(
      view
        .page()
        .querySelector('.fr-pagination a[aria-current=page]')
        ?.textContent?.trim(),
    ).toBe('2');
    // The reader is brought back to the results.
    expect(document.activeElement?.querySelector('table')).not.toBeNull();
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('shows the API’s French refusal of bad filters in a DSFR alert', async () => {
    await open('/administration/journal?from=2026-10-31&to=2026-10-01');
    (await trail()).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'La date « from » doit précéder ou égaler la date « to ».',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await view.stable();
    const alert = view.page().querySelector('.fr-alert--error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent?.trim()).toBe(
      'Le journal n’a pas pu être affiché. La date « from » doit précéder ou égaler la date « to ».',
    );
    expect(view.page().querySelector('table')).toBeNull();
    // The filters stay as they were, to be corrected.
    expect(view.field('#journal-du').value).toBe('2026-10-31');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('still filters when the people could not be read, and says so', async () => {
    view = await openAdmin('/administration/journal');
    (await view.request('/api/users')).flush(
      {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'Indisponible.',
      },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await view.navigation;
    (await trail()).flush([], { headers: { 'X-Total-Count': '0' } });
    await view.stable();
    expect(view.text()).toContain(
      'La liste des personnes n’a pas pu être chargée.',
    );
    expect(
      view.field<HTMLSelectElement>('#journal-auteur').options,
    ).toHaveLength(1);
  });
});
