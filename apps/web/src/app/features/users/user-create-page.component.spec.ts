import type { UserCreateResponse } from '@boussole/domain';
import { axeViolations } from '../../testing/axe';
import { aUser, openUsersPage, type PageView } from './testing/users-fixtures';

const CREATE_URL = '/api/users';

describe('UserCreatePageComponent', () => {
  let view: PageView;

  beforeEach(async () => {
    view = await openUsersPage('/administration/utilisateurs/nouveau');
    await view.navigation;
    await view.stable();
  });

  afterEach(() => view.http.verify());

  const submit = async () => {
    view.button('Créer le compte et son invitation').click();
    await view.stable();
  };

  it('asks for the e-mail, the name and the role, in French, focusing the first fault', async () => {
    expect(await axeViolations(view.page())).toEqual([]);
    expect(
      view.page().querySelector('label[for=utilisateur-email]')?.textContent,
    ).toContain('Format attendu\u00a0: nom@domaine.fr');
    await submit();

    expect(view.errorOf('#utilisateur-email')).toEqual({
      inError: true,
      message: 'Saisissez l’adresse électronique de la personne.',
    });
    expect(view.errorOf('#utilisateur-nom').message).toBe(
      'Saisissez le nom de la personne.',
    );
    expect(view.errorOf('#utilisateur-role').message).toBe(
      'Choisissez un rôle.',
    );
    expect(view.field('#utilisateur-email').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(document.activeElement).toBe(view.field('#utilisateur-email'));
    view.http.expectNone(CREATE_URL);
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('asks for a unit for a project manager and a region for an ARS liaison, and for nothing else', async () => {
    const present = (id: string) => view.page().querySelector(id) !== null;
    expect(present('#utilisateur-sous-direction')).toBe(false);
    expect(present('#utilisateur-region')).toBe(false);

    view.choose('#utilisateur-role', 'project_manager');
    await view.stable();
    expect(present('#utilisateur-sous-direction')).toBe(true);
    expect(present('#utilisateur-region')).toBe(false);

    view.type('#utilisateur-email', 'claire.dubois@sante.gouv.fr');
    view.type('#utilisateur-nom', 'Claire Dubois');
    await submit();
    expect(view.errorOf('#utilisateur-sous-direction').message).toBe(
      'Choisissez la sous-direction du ou de la chef·fe de projet.',
    );
    expect(document.activeElement).toBe(
      view.field('#utilisateur-sous-direction'),
    );

    view.choose('#utilisateur-role', 'ars_liaison');
    await view.stable();
    expect(present('#utilisateur-sous-direction')).toBe(false);
    expect(view.errorOf('#utilisateur-region').message).toBe(
      'Choisissez la région du ou de la référent·e ARS.',
    );

    view.choose('#utilisateur-role', 'director');
    await view.stable();
    expect(present('#utilisateur-region')).toBe(false);
    view.http.expectNone(CREATE_URL);
  });

  it('creates the user with only the scope the role needs, then shows the link to pass on', async () => {
    view.type('#utilisateur-email', ' claire.dubois@sante.gouv.fr ');
    view.type('#utilisateur-nom', ' Claire Dubois ');
    view.choose('#utilisateur-role', 'ars_liaison');
    await view.stable();
    view.choose('#utilisateur-region', '04');
    await submit();

    const post = await view.request(CREATE_URL);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      email: 'claire.dubois@sante.gouv.fr',
      name: 'Claire Dubois',
      role: 'ars_liaison',
      regionCode: '04',
    });
    const response: UserCreateResponse = {
      user: aUser({
        id: 31,
        role: 'ars_liaison',
        unit: null,
        regionCode: '04',
        hasPassword: false,
      }),
      invitation: {
        link: 'https://boussole.sante.gouv.fr/invitation/abc123',
        expiresAt: '2026-12-01T13:05:00Z',
        emailed: false,
      },
    };
    post.flush(response, { status: 201, statusText: 'Created' });
    await view.stable();

    const alert = view.page().querySelector('.fr-alert--success');
    expect(alert?.querySelector('.fr-alert__title')?.textContent?.trim()).toBe(
      'Le compte de Claire Dubois est créé',
    );
    expect(document.activeElement).toBe(
      alert?.querySelector('.fr-alert__title'),
    );
    expect(alert?.textContent).toContain('Aucun courriel n’a été envoyé');
    expect(alert?.textContent).toContain('expire le 01/12/2026 à 14:05');
    const link = view.field<HTMLInputElement>('input[readonly]');
    expect(link.value).toBe('https://boussole.sante.gouv.fr/invitation/abc123');
    expect(
      view.page().querySelector(`label[for=${link.id}]`)?.textContent?.trim(),
    ).toBe('Lien à transmettre');
    expect(
      view.button('Voir la fiche de Claire Dubois').getAttribute('href'),
    ).toBe('/administration/utilisateurs/31');

    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
    });
    view.button('Copier le lien').click();
    await view.stable();
    await Promise.resolve();
    await view.stable();
    expect(writeText).toHaveBeenCalledWith(
      'https://boussole.sante.gouv.fr/invitation/abc123',
    );
    expect(
      view.page().querySelector('[role=status]')?.textContent?.trim(),
    ).toBe('Lien copié dans le presse-papiers.');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('says when the link was e-mailed', async () => {
    view.type('#utilisateur-email', 'direction2@sante.gouv.fr');
    view.type('#utilisateur-nom', 'Dominique Roy');
    view.choose('#utilisateur-role', 'director');
    await submit();

    const post = await view.request(CREATE_URL);
    expect(post.request.body).toEqual({
      email: 'direction2@sante.gouv.fr',
      name: 'Dominique Roy',
      role: 'director',
    });
    post.flush({
      user: aUser({
        id: 32,
        name: 'Dominique Roy',
        email: 'direction2@sante.gouv.fr',
        role: 'director',
        unit: null,
      }),
      invitation: {
        link: 'https://x/invitation/t',
        expiresAt: '2026-12-01T13:05:00Z',
        emailed: true,
      },
    } satisfies UserCreateResponse);
    await view.stable();
    expect(view.text()).toContain(
      'Le lien a été envoyé par courriel à direction2@sante.gouv.fr.',
    );
  });

  it('shows the API’s field message on its field, focused, without a second alert', async () => {
    view.type('#utilisateur-email', 'claire.dubois@sante.gouv.fr');
    view.type('#utilisateur-nom', 'Claire Dubois');
    view.choose('#utilisateur-role', 'viewer');
    await submit();

    (await view.request(CREATE_URL)).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Un compte existe déjà avec cette adresse électronique.',
        fields: {
          email: 'Un compte existe déjà avec cette adresse électronique.',
        },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();

    expect(view.errorOf('#utilisateur-email')).toEqual({
      inError: true,
      message: 'Un compte existe déjà avec cette adresse électronique.',
    });
    expect(document.activeElement).toBe(view.field('#utilisateur-email'));
    expect(view.page().querySelector('.fr-alert--error')).toBeNull();

    // The message goes once the field changes.
    view.type('#utilisateur-email', 'claire.dubois2@sante.gouv.fr');
    await view.stable();
    expect(view.errorOf('#utilisateur-email').inError).toBe(false);
  });

  it('shows a refusal without fields in the form’s alert', async () => {
    view.type('#utilisateur-email', 'claire.dubois@sante.gouv.fr');
    view.type('#utilisateur-nom', 'Claire Dubois');
    view.choose('#utilisateur-role', 'viewer');
    await submit();

    (await view.request(CREATE_URL)).flush(
      {
        statusCode: 403,
        error: 'Forbidden',
        message: 'La gestion des utilisateurs est réservée à l’administration.',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await view.stable();
    const alert = view.page().querySelector('.fr-alert--error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent?.trim()).toBe(
      'La gestion des utilisateurs est réservée à l’administration.',
    );
  });
});
