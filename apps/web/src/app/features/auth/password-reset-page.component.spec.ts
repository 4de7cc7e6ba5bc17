import { axeViolations } from '../../testing/axe';
import { openPage, type PageView } from '../../testing/page';
import { accountLinksRoutes } from './account-links.routes';

const RESET_URL = '/api/auth/password-reset';

describe('PasswordResetPageComponent (mot de passe oublié)', () => {
  let view: PageView;

  beforeEach(async () => {
    view = await openPage('/mot-de-passe-oublie', accountLinksRoutes);
    await view.navigation;
    await view.stable();
  });

  afterEach(() => view.http.verify());

  const submit = async () => {
    view.button('Recevoir un lien').click();
    await view.stable();
  };

  it('checks the address in French before sending', async () => {
    expect(await axeViolations(view.page())).toEqual([]);
    await submit();
    expect(view.errorOf('#email-reinitialisation')).toEqual({
      inError: true,
      message: 'Saisissez votre adresse électronique.',
    });
    expect(document.activeElement).toBe(view.field('#email-reinitialisation'));

    view.type('#email-reinitialisation', 'claire-sante.gouv.fr');
    await submit();
    expect(view.errorOf('#email-reinitialisation').message).toContain(
      'Le format de l’adresse électronique est incorrect.',
    );
    view.http.expectNone(RESET_URL);
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('sends the address and shows the same answer whatever it is', async () => {
    view.type('#email-reinitialisation', ' claire.dubois@sante.gouv.fr ');
    await submit();

    const post = await view.request(RESET_URL);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ email: 'claire.dubois@sante.gouv.fr' });
    post.flush(
      {
        message:
          'Si un compte actif correspond à cette adresse, un lien pour choisir un nouveau mot de passe vient de lui être envoyé.',
      },
      { status: 202, statusText: 'Accepted' },
    );
    await view.stable();

    const title = view
      .page()
      .querySelector('.fr-alert--success .fr-alert__title');
    expect(title?.textContent?.trim()).toBe('Demande enregistrée');
    expect(document.activeElement).toBe(title);
    expect(view.text()).toContain(
      'Si un compte actif correspond à cette adresse, un lien pour choisir un nouveau mot de passe vient de lui être envoyé.',
    );
    expect(view.page().querySelector('form')).toBeNull();
    expect(await axeViolations(view.page())).toEqual([]);

    view.button('Faire une autre demande').click();
    await view.stable();
    expect(view.field('#email-reinitialisation').value).toBe('');
  });

  it('shows a refusal (too many requests, say) in the form’s alert', async () => {
    view.type('#email-reinitialisation', 'claire.dubois@sante.gouv.fr');
    await submit();
    (await view.request(RESET_URL)).flush(
      {
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'Trop de demandes. Réessayez dans quelques minutes.',
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await view.stable();
    expect(view.page().querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'Trop de demandes. Réessayez dans quelques minutes.',
    );
  });
});
