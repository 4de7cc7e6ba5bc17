import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { axeViolations } from '../../testing/axe';
import { aUser, openUsersPage, type PageView } from './testing/users-fixtures';

const USERS_URL = '/api/users';

describe('UsersPageComponent', () => {
  let view: PageView;

  afterEach(() => view.http.verify());

  const rows = () =>
    Array.from(view.page().querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) =>
        cell.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );

  it('asks the API with the filters of the URL and lists the users in a DSFR table', async () => {
    view = await openUsersPage(
      '/administration/utilisateurs?q=dubois&role=project_manager&unit=PF&active=true&page=2',
    );
    const list = await view.request(USERS_URL);
    expect(list.request.params.keys().sort()).toEqual(
      ['active', 'page', 'pageSize', 'q', 'role', 'unit'].sort(),
    );
    expect(list.request.params.get('q')).toBe('dubois');
    expect(list.request.params.get('role')).toBe('project_manager');
    expect(list.request.params.get('unit')).toBe('PF');
    expect(list.request.params.get('active')).toBe('true');
    expect(list.request.params.get('page')).toBe('2');
    expect(list.request.params.get('pageSize')).toBe('20');
    list.flush(
      [
        aUser(),
        aUser({
          id: 13,
          name: 'Yann Le Gall',
          email: 'yann.legall@ars.sante.fr',
          role: 'ars_liaison',
          unit: null,
          regionCode: '53',
          hasPassword: false,
          lastSeenAt: null,
          pendingLinkExpiresAt: '2099-01-01T00:00:00Z',
        }),
      ],
      { headers: { 'X-Total-Count': '42' } },
    );
    await view.navigation;
    await view.stable();

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Utilisateurs',
    );
    expect(view.text()).toContain(
      '42 utilisateurs correspondant à ces critères',
    );
    expect(view.page().querySelector('caption')?.textContent?.trim()).toBe(
      'Utilisateurs, page 2 sur 3',
    );
    expect(rows()).toEqual([
      [
        'Claire Dubois',
        'claire.dubois@sante.gouv.fr',
        'Chef·fe de projet',
        'PF – Sous-direction du pilotage de la performance des acteurs de l’offre de soins',
        'Actif',
        '24/11/2026 à 14:05',
      ],
      [
        'Yann Le Gall',
        'yann.legall@ars.sante.fr',
        'Référent·e ARS',
        'Bretagne',
        'Invitation en attente',
        'Jamais connecté·e',
      ],
    ]);
    expect(view.page().querySelector('tbody a')?.getAttribute('href')).toBe(
      '/administration/utilisateurs/12',
    );
    // The filters show the URL's values.
    expect(view.field<HTMLSelectElement>('#filtre-role').value).toBe(
      'project_manager',
    );
    expect(view.field<HTMLSelectElement>('#filtre-etat').value).toBe('true');
    expect(view.field('#filtre-utilisateur').value).toBe('dubois');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('puts a filter in the URL, back to the first page, and asks again', async () => {
    view = await openUsersPage('/administration/utilisateurs?page=3');
    (await view.request(USERS_URL)).flush([aUser()], {
      headers: { 'X-Total-Count': '60' },
    });
    await view.navigation;
    await view.stable();

    view.choose('#filtre-region', '04');
    const again = await view.request(USERS_URL);
    expect(again.request.params.get('region')).toBe('04');
    expect(again.request.params.get('page')).toBe('1');
    expect(TestBed.inject(Router).url).toBe(
      '/administration/utilisateurs?region=04',
    );
    again.flush([], { headers: { 'X-Total-Count': '0' } });
    await view.stable();
    expect(view.text()).toContain(
      'Aucun utilisateur ne correspond à ces critères.',
    );

    view.button('Effacer les filtres').click();
    (await view.request(USERS_URL)).flush([]);
    expect(TestBed.inject(Router).url).toBe('/administration/utilisateurs');
  });

  it('pages through the list with the shared pagination', async () => {
    view = await openUsersPage('/administration/utilisateurs');
    (await view.request(USERS_URL)).flush([aUser()], {
      headers: { 'X-Total-Count': '45' },
    });
    await view.navigation;
    await view.stable();

    const next = view
      .page()
      .querySelector<HTMLAnchorElement>('.fr-pagination__link--next');
    expect(next?.getAttribute('href')).toBe(
      '/administration/utilisateurs?page=2',
    );
    next?.click();
    const second = await view.request(USERS_URL);
    expect(second.request.params.get('page')).toBe('2');
    second.flush([aUser()], { headers: { 'X-Total-Count': '45' } });
  });

  it('shows the API’s French message when the list cannot be read', async () => {
    view = await openUsersPage('/administration/utilisateurs');
    (await view.request(USERS_URL)).flush(
      {
        statusCode: 403,
        error: 'Forbidden',
        message: 'La gestion des utilisateurs est réservée à l’administration.',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await view.navigation;
    await view.stable();

    const alert = view.page().querySelector('.fr-alert--error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent?.trim()).toBe(
      'Les utilisateurs n’ont pas pu être affichés. La gestion des utilisateurs est réservée à l’administration.',
    );
  });
});
