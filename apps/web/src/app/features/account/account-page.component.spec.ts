import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { CurrentUser, SessionPayload } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { axeViolations } from '../../testing/axe';
import { openPage, type PageView } from '../../testing/page';
import { accountRoutes } from './account.routes';

const me: CurrentUser = {
  id: 3,
  email: 'paul.financement@sante.gouv.fr',
  name: 'Paul Financement',
  role: 'project_manager',
  unit: {
    id: 1,
    code: 'PF',
    name: 'Sous-direction du pilotage de la performance',
  },
  regionCode: null,
};

const sessions: SessionPayload[] = [
  {
    id: 'ancienne',
    createdAt: '2026-11-20T08:00:00Z',
    lastSeenAt: '2026-11-21T10:30:00Z',
    expiresAt: '2026-11-27T08:00:00Z',
    browser: 'Firefox 133 sur Windows',
    current: false,
  },
  {
    id: 'celle-ci',
    createdAt: '2026-11-24T07:00:00Z',
    lastSeenAt: '2026-11-24T13:05:00Z',
    expiresAt: '2026-12-01T07:00:00Z',
    browser: 'Chrome 131 sur macOS',
    current: true,
  },
];

const SESSIONS_URL = '/api/auth/sessions';
const PASSWORD_URL = '/api/auth/password';

describe('AccountPageComponent (Mon compte)', () => {
  let view: PageView;

  beforeEach(async () => {
    view = await openPage('/mon-compte', [
      { path: 'mon-compte', children: accountRoutes },
    ]);
    const auth = TestBed.inject(AuthService);
    const loading = auth.load();
    (await view.request('/api/auth/me')).flush(me);
    await loading;
    (await view.request(SESSIONS_URL)).flush(sessions);
    await view.navigation;
    await view.stable();
  });

  afterEach(() => view.http.verify());

  const submitPassword = async () => {
    view.button('Changer mon mot de passe').click();
    await view.stable();
  };
  const fillPassword = (current: string, next: string, confirmation = next) => {
    view.type('#mot-de-passe-actuel', current);
    view.type('#nouveau-mot-de-passe', next);
    view.type('#confirmation-mot-de-passe', confirmation);
  };
  const sessionRows = () =>
    Array.from(view.page().querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) =>
        cell.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );
  const dialog = () => view.page().querySelector('dialog');
  const confirmInDialog = (label: string) =>
    Array.from(dialog()?.querySelectorAll('button') ?? [])
      .find((button) => button.textContent?.trim() === label)
      ?.click();

  it('shows my identity, my role and my sessions, this one first', async () => {
    const identity = view
      .page()
      .querySelector('dl')
      ?.textContent?.replace(/\s+/g, ' ');
    expect(identity).toContain('Paul Financement');
    expect(identity).toContain('paul.financement@sante.gouv.fr');
    expect(identity).toContain('Chef·fe de projet');
    expect(identity).toContain(
      'PF – Sous-direction du pilotage de la performance',
    );
    expect(sessionRows()).toEqual([
      [
        'Chrome 131 sur macOS Cette session',
        '24/11/2026 à 08:00',
        '24/11/2026 à 14:05',
        '01/12/2026 à 08:00',
        'Mettre fin à cette session (Chrome 131 sur macOS)',
      ],
      [
        'Firefox 133 sur Windows',
        '20/11/2026 à 09:00',
        '21/11/2026 à 11:30',
        '27/11/2026 à 09:00',
        'Mettre fin à la session ouverte le 20/11/2026 à 09:00 (Firefox 133 sur Windows)',
      ],
    ]);
    expect(
      view
        .page()
        .querySelector('#nouveau-mot-de-passe')
        ?.getAttribute('autocomplete'),
    ).toBe('new-password');
    expect(view.text()).toContain('Au moins 12 caractères');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('checks the new password before sending, focusing the first fault', async () => {
    await submitPassword();
    expect(view.errorOf('#mot-de-passe-actuel').message).toBe(
      'Saisissez votre mot de passe actuel.',
    );
    expect(view.errorOf('#nouveau-mot-de-passe').message).toBe(
      'Choisissez un mot de passe.',
    );
    expect(view.errorOf('#confirmation-mot-de-passe').message).toBe(
      'Saisissez de nouveau le mot de passe.',
    );
    expect(document.activeElement).toBe(view.field('#mot-de-passe-actuel'));

    fillPassword('ancien-secret', 'court', 'court');
    await view.stable();
    expect(view.errorOf('#nouveau-mot-de-passe').message).toBe(
      'Le mot de passe doit compter au moins 12 caractères (il en compte 5).',
    );

    fillPassword('ancien-secret', 'x-paul.financement-2026', 'autre chose');
    await view.stable();
    expect(view.errorOf('#nouveau-mot-de-passe').message).toBe(
      'Le mot de passe ne doit pas contenir le nom de votre adresse électronique («\u00a0paul.financement\u00a0»).',
    );
    expect(view.errorOf('#confirmation-mot-de-passe').message).toBe(
      'Les deux mots de passe ne sont pas identiques.',
    );
    expect(await axeViolations(view.page())).toEqual([]);
    view.http.expectNone(PASSWORD_URL);
  });

  it('changes the password with the exact body, then says the other sessions ended', async () => {
    fillPassword('Ancien-Secret-2025', 'Hibou-Cornichon-Velo-42');
    await submitPassword();

    const post = await view.request(PASSWORD_URL);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      currentPassword: 'Ancien-Secret-2025',
      newPassword: 'Hibou-Cornichon-Velo-42',
    });
    post.flush(null, { status: 204, statusText: 'No Content' });
    await view.stable();

    expect(
      view.page().querySelector('.fr-alert--success')?.textContent?.trim(),
    ).toBe(
      'Votre mot de passe a été changé. Vos autres sessions ont pris fin\u00a0: vous restez connecté·e ici.',
    );
    expect(view.field('#mot-de-passe-actuel').value).toBe('');
    expect(view.field('#nouveau-mot-de-passe').value).toBe('');
    // The list of sessions is read again: the others are gone.
    (await view.request(SESSIONS_URL)).flush([sessions[1]]);
    await view.stable();
    expect(sessionRows().length).toBe(1);
  });

  it('shows the API’s field messages on their fields (wrong current password, guessable password)', async () => {
    fillPassword('pas-le-bon-mot', 'motdepasse123456');
    await submitPassword();
    (await view.request(PASSWORD_URL)).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Le mot de passe n’a pas été changé.',
        fields: {
          currentPassword: 'Le mot de passe actuel est incorrect.',
          newPassword:
            'Ce mot de passe est trop facile à deviner. Allongez-le, par exemple avec plusieurs mots peu courants.',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await view.stable();

    expect(view.errorOf('#mot-de-passe-actuel')).toEqual({
      inError: true,
      message: 'Le mot de passe actuel est incorrect.',
    });
    expect(view.errorOf('#nouveau-mot-de-passe').message).toBe(
      'Ce mot de passe est trop facile à deviner. Allongez-le, par exemple avec plusieurs mots peu courants.',
    );
    expect(document.activeElement).toBe(view.field('#mot-de-passe-actuel'));
    expect(view.page().querySelector('.fr-alert--error')).toBeNull();
  });

  it('ends another session after a confirmation, and reads the list again', async () => {
    const end = Array.from(
      view.page().querySelectorAll('tbody button'),
    )[1] as HTMLButtonElement;
    end.click();
    await view.stable();
    expect(dialog()?.querySelector('h2')?.textContent?.trim()).toBe(
      'Mettre fin à la session\u00a0?',
    );
    expect(dialog()?.textContent).toContain('Firefox 133 sur Windows');
    expect(await axeViolations(view.page())).toEqual([]);

    confirmInDialog('Mettre fin à la session');
    const request = await view.request(`${SESSIONS_URL}/ancienne`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await view.stable();

    expect(dialog()).toBeNull();
    expect(view.text()).toContain(
      'La session ouverte le 20/11/2026 à 09:00 (Firefox 133 sur Windows) a pris fin.',
    );
    (await view.request(SESSIONS_URL)).flush([sessions[1]]);
    await view.stable();
    expect(sessionRows().length).toBe(1);
  });

  it('signs out when this session is ended', async () => {
    const end = view.page().querySelector<HTMLButtonElement>('tbody button');
    end?.click();
    await view.stable();
    expect(dialog()?.textContent).toContain('y mettre fin vous déconnecte');

    confirmInDialog('Me déconnecter');
    (await view.request(`${SESSIONS_URL}/celle-ci`)).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await view.stable();

    expect(TestBed.inject(AuthService).user()).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/connexion');
  });
});
