import type { UserPayload } from '@boussole/domain';
import { axeViolations } from '../../testing/axe';
import { aUser, openUsersPage, type PageView } from './testing/users-fixtures';

const USER_URL = '/api/users/12';

describe('UserPageComponent', () => {
  let view: PageView;

  async function open(user: UserPayload = aUser()) {
    view = await openUsersPage('/administration/utilisateurs/12');
    (await view.request(USER_URL)).flush(user);
    await view.navigation;
    await view.stable();
  }

  afterEach(() => view.http.verify());

  const dialog = () => view.page().querySelector('dialog');
  const conflict409 = (current: UserPayload) => ({
    statusCode: 409,
    error: 'Conflict',
    message: 'Cet utilisateur a été modifié entre-temps.',
    current,
  });

  it('shows the user, their state and the form filled with their role and scope', async () => {
    await open();

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Claire Dubois',
    );
    expect(view.text()).toContain('claire.dubois@sante.gouv.fr');
    expect(view.page().querySelector('.fr-badge')?.textContent?.trim()).toBe(
      'Actif',
    );
    expect(view.field('#utilisateur-nom').value).toBe('Claire Dubois');
    expect(view.field<HTMLSelectElement>('#utilisateur-role').value).toBe(
      'project_manager',
    );
    expect(
      view.field<HTMLSelectElement>('#utilisateur-sous-direction').value,
    ).toBe('PF');
    expect(view.page().querySelector('#utilisateur-region')).toBeNull();
    // The e-mail address is not editable here.
    expect(view.page().querySelector('#utilisateur-email')).toBeNull();
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('saves a new role with its scope and the version seen, clearing the former scope', async () => {
    await open();
    view.choose('#utilisateur-role', 'ars_liaison');
    await view.stable();
    view.button('Enregistrer les modifications').click();
    await view.stable();
    expect(view.errorOf('#utilisateur-region').message).toBe(
      'Choisissez la région du ou de la référent·e ARS.',
    );
    expect(document.activeElement).toBe(view.field('#utilisateur-region'));
    view.http.expectNone(USER_URL);

    view.choose('#utilisateur-region', '53');
    view.type('#utilisateur-nom', ' Claire Dubois-Le Gall ');
    await view.stable();
    view.button('Enregistrer les modifications').click();
    const patch = await view.request(USER_URL);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({
      name: 'Claire Dubois-Le Gall',
      role: 'ars_liaison',
      unitCode: null,
      regionCode: '53',
      version: 3,
    });
    patch.flush(
      aUser({
        name: 'Claire Dubois-Le Gall',
        role: 'ars_liaison',
        unit: null,
        regionCode: '53',
        version: 4,
      }),
    );
    await view.stable();

    expect(
      view.page().querySelector('.fr-alert--success')?.textContent?.trim(),
    ).toBe(
      'Les modifications de la fiche de Claire Dubois-Le Gall sont enregistrées.',
    );
    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Claire Dubois-Le Gall',
    );
    expect(view.text()).toContain('Bretagne');
  });

  it('shows the version saved meanwhile beside the typed one, and resumes from it', async () => {
    await open();
    view.type('#utilisateur-nom', 'Claire Martin');
    await view.stable();
    view.button('Enregistrer les modifications').click();
    const current = aUser({
      name: 'Claire Dubois',
      role: 'director',
      unit: null,
      version: 5,
    });
    (await view.request(USER_URL)).flush(conflict409(current), {
      status: 409,
      statusText: 'Conflict',
    });
    await view.stable();

    const title = view.page().querySelector('#conflit-utilisateur-titre');
    expect(title?.textContent?.trim()).toBe(
      'Cette fiche a été modifiée entre-temps',
    );
    expect(document.activeElement).toBe(title);
    const notice =
      view.page().querySelector('.fr-alert--warning')?.textContent ?? '';
    expect(notice).toContain('Rôle : Directeur·rice');
    expect(notice).toContain('Nom : Claire Martin');
    expect(await axeViolations(view.page())).toEqual([]);

    view.button('Reprendre la fiche à jour').click();
    await view.stable();
    expect(view.page().querySelector('.fr-alert--warning')).toBeNull();
    expect(view.field<HTMLSelectElement>('#utilisateur-role').value).toBe(
      'director',
    );
    expect(view.field('#utilisateur-nom').value).toBe('Claire Dubois');

    view.button('Enregistrer les modifications').click();
    const again = await view.request(USER_URL);
    expect(again.request.body).toEqual({
      name: 'Claire Dubois',
      role: 'director',
      unitCode: null,
      regionCode: null,
      version: 5,
    });
    again.flush(current);
  });

  it('shows the API’s French refusal to take the role of the last administrator', async () => {
    await open(aUser({ role: 'admin', unit: null }));
    view.choose('#utilisateur-role', 'viewer');
    await view.stable();
    view.button('Enregistrer les modifications').click();
    (await view.request(USER_URL)).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message:
          'Boussole doit garder au moins un·e administrateur·rice actif·ve.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();

    const alert = view.page().querySelector('.fr-alert--error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent?.trim()).toBe(
      'Boussole doit garder au moins un·e administrateur·rice actif·ve.',
    );
  });

  it('deactivates only after a confirmation that says the sessions end at once', async () => {
    await open();
    view.button('Désactiver le compte').click();
    await view.stable();

    expect(dialog()).not.toBeNull();
    expect(dialog()?.querySelector('h2')?.textContent?.trim()).toBe(
      'Désactiver le compte de Claire Dubois\u00a0?',
    );
    expect(dialog()?.textContent).toContain(
      'Toutes ses sessions prennent fin immédiatement',
    );
    expect(document.activeElement).toBe(dialog()?.querySelector('h2'));
    expect(await axeViolations(view.page())).toEqual([]);

    // "Annuler" sends nothing.
    view.button('Annuler').click();
    await view.stable();
    expect(dialog()).toBeNull();
    view.http.expectNone(USER_URL);

    view.button('Désactiver le compte').click();
    await view.stable();
    const confirm = Array.from(dialog()?.querySelectorAll('button') ?? []).find(
      (button) => button.textContent?.trim() === 'Désactiver le compte',
    );
    confirm?.click();
    const patch = await view.request(USER_URL);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ active: false, version: 3 });
    patch.flush(aUser({ active: false, version: 4 }));
    await view.stable();

    expect(dialog()).toBeNull();
    expect(view.text()).toContain(
      'Le compte de Claire Dubois est désactivé et ses sessions ont pris fin.',
    );
    expect(view.page().querySelector('.fr-badge')?.textContent?.trim()).toBe(
      'Désactivé',
    );
    expect(view.button('Réactiver le compte')).toBeTruthy();
  });

  it('keeps the dialog open with the API’s reason when it refuses the deactivation', async () => {
    await open(aUser({ role: 'admin', unit: null }));
    view.button('Désactiver le compte').click();
    await view.stable();
    Array.from(dialog()?.querySelectorAll('button') ?? [])
      .find((button) => button.textContent?.trim() === 'Désactiver le compte')
      ?.click();
    (await view.request(USER_URL)).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message:
          'Impossible de désactiver le dernier compte administrateur actif.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();

    expect(dialog()).not.toBeNull();
    expect(dialog()?.querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'Impossible de désactiver le dernier compte administrateur actif.',
    );
  });

  it('reactivates a deactivated user after a confirmation', async () => {
    await open(aUser({ active: false }));
    expect(
      view.button('Nouveau lien de réinitialisation').hasAttribute('disabled'),
    ).toBe(true);
    view.button('Réactiver le compte').click();
    await view.stable();
    expect(dialog()?.textContent).toContain('pourra de nouveau se connecter');
    Array.from(dialog()?.querySelectorAll('button') ?? [])
      .find((button) => button.textContent?.trim() === 'Réactiver le compte')
      ?.click();
    const patch = await view.request(USER_URL);
    expect(patch.request.body).toEqual({ active: true, version: 3 });
    patch.flush(aUser({ active: true, version: 4 }));
    await view.stable();
    expect(view.text()).toContain('Le compte de Claire Dubois est réactivé.');
  });

  it('issues a new one-time link and shows it to pass on', async () => {
    await open(aUser({ hasPassword: false, lastSeenAt: null }));
    view.button('Nouveau lien d’invitation').click();
    const post = await view.request('/api/users/12/invitation');
    expect(post.request.method).toBe('POST');
    post.flush({
      link: 'https://boussole.sante.gouv.fr/invitation/neuf',
      expiresAt: '2026-12-08T09:00:00Z',
      emailed: true,
    });
    await view.stable();

    const title = view
      .page()
      .querySelector('.fr-alert--success .fr-alert__title');
    expect(title?.textContent?.trim()).toBe('Nouveau lien émis');
    expect(document.activeElement).toBe(title);
    expect(view.field<HTMLInputElement>('input[readonly]').value).toBe(
      'https://boussole.sante.gouv.fr/invitation/neuf',
    );
    expect(view.text()).toContain(
      'envoyé par courriel à claire.dubois@sante.gouv.fr',
    );
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('says when the user cannot be found', async () => {
    view = await openUsersPage('/administration/utilisateurs/12');
    (await view.request(USER_URL)).flush(
      {
        statusCode: 404,
        error: 'Not Found',
        message: 'Utilisateur introuvable.',
      },
      { status: 404, statusText: 'Not Found' },
    );
    await view.navigation;
    await view.stable();
    expect(view.page().querySelector('[role=alert]')?.textContent).toContain(
      'Utilisateur introuvable.',
    );
    expect(
      view.button('Revenir à la liste des utilisateurs').getAttribute('href'),
    ).toBe('/administration/utilisateurs');
  });
});
