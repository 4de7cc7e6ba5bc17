import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { AccountLinkPayload, CurrentUser } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { axeViolations } from '../../testing/axe';
import { openPage, type PageView } from '../../testing/page';
import { accountLinksRoutes } from './account-links.routes';

@Component({ template: '<h1>Tableau de bord</h1>' })
class StartPageStubComponent {}

const LINK_URL = '/api/auth/invitations/jeton-123';

const link: AccountLinkPayload = {
  email: 'claire.dubois@sante.gouv.fr',
  name: 'Claire Dubois',
  purpose: 'invitation',
  expiresAt: '2026-12-01T13:05:00Z',
};

const claire: CurrentUser = {
  id: 31,
  email: 'claire.dubois@sante.gouv.fr',
  name: 'Claire Dubois',
  role: 'viewer',
  unit: null,
  regionCode: null,
};

describe('InvitationPageComponent', () => {
  let view: PageView;

  async function open(
    answer: (request: Awaited<ReturnType<PageView['request']>>) => void,
  ) {
    view = await openPage('/invitation/jeton-123', [
      ...accountLinksRoutes,
      { path: '', pathMatch: 'full', component: StartPageStubComponent },
    ]);
    answer(await view.request(LINK_URL));
    await view.navigation;
    await view.stable();
  }

  afterEach(() => view.http.verify());

  const submit = async () => {
    view.button('Enregistrer mon mot de passe et me connecter').click();
    await view.stable();
  };

  it('says whose link it is and until when, with the password rules as a hint', async () => {
    await open((request) => request.flush(link));

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Bienvenue sur Boussole',
    );
    expect(view.text()).toContain(
      'Ce lien est celui du compte claire.dubois@sante.gouv.fr. Il ne sert qu’une fois et expire le 01/12/2026 à 14:05.',
    );
    expect(
      view.page().querySelector('label[for=nouveau-mot-de-passe]')?.textContent,
    ).toContain('Au moins 12 caractères');
    expect(view.field('#nouveau-mot-de-passe').type).toBe('password');
    expect(
      view.field('#nouveau-mot-de-passe').getAttribute('autocomplete'),
    ).toBe('new-password');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('checks the password and its confirmation before sending', async () => {
    await open((request) => request.flush(link));
    await submit();
    expect(view.errorOf('#nouveau-mot-de-passe').message).toBe(
      'Choisissez un mot de passe.',
    );
    expect(document.activeElement).toBe(view.field('#nouveau-mot-de-passe'));

    view.type('#nouveau-mot-de-passe', 'claire.dubois-2026-ok');
    view.type('#confirmation-mot-de-passe', 'autre');
    await view.stable();
    expect(view.errorOf('#nouveau-mot-de-passe').message).toBe(
      'Le mot de passe ne doit pas contenir le nom de votre adresse électronique («\u00a0claire.dubois\u00a0»).',
    );
    expect(view.errorOf('#confirmation-mot-de-passe').message).toBe(
      'Les deux mots de passe ne sont pas identiques.',
    );
    expect(await axeViolations(view.page())).toEqual([]);

    // "Afficher les mots de passe" shows what was typed.
    view.field('#afficher-mots-de-passe').click();
    await view.stable();
    expect(view.field('#nouveau-mot-de-passe').type).toBe('text');
    view.http.expectNone(LINK_URL);
  });

  it('sets the password, asks who is signed in and goes to the start page', async () => {
    await open((request) => request.flush(link));
    view.type('#nouveau-mot-de-passe', 'Hibou-Cornichon-Velo-42');
    view.type('#confirmation-mot-de-passe', 'Hibou-Cornichon-Velo-42');
    await submit();

    const post = await view.request(LINK_URL);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ password: 'Hibou-Cornichon-Velo-42' });
    post.flush({ user: claire, token: 'not-kept' });
    (await view.request('/api/auth/me')).flush(claire);
    await view.stable();

    expect(TestBed.inject(AuthService).user()).toEqual(claire);
    expect(TestBed.inject(Router).url).toBe('/');
    expect(view.page().querySelector('h1')?.textContent).toBe(
      'Tableau de bord',
    );
  });

  it('shows the API’s message about the password on its field', async () => {
    await open((request) => request.flush(link));
    view.type('#nouveau-mot-de-passe', 'motdepasse123456');
    view.type('#confirmation-mot-de-passe', 'motdepasse123456');
    await submit();
    (await view.request(LINK_URL)).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Mot de passe refusé.',
        fields: {
          password:
            'Ce mot de passe est trop facile à deviner. Allongez-le, par exemple avec plusieurs mots peu courants.',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await view.stable();

    expect(view.errorOf('#nouveau-mot-de-passe')).toEqual({
      inError: true,
      message:
        'Ce mot de passe est trop facile à deviner. Allongez-le, par exemple avec plusieurs mots peu courants.',
    });
    expect(document.activeElement).toBe(view.field('#nouveau-mot-de-passe'));
    expect(TestBed.inject(Router).url).toBe('/invitation/jeton-123');
  });

  it('shows the French reason of a used or expired link and how to get another', async () => {
    await open((request) =>
      request.flush(
        {
          statusCode: 410,
          error: 'Gone',
          message: 'Ce lien a déjà servi ou a expiré. Demandez-en un nouveau.',
        },
        { status: 410, statusText: 'Gone' },
      ),
    );

    expect(view.page().querySelector('[role=alert]')?.textContent).toContain(
      'Ce lien a déjà servi ou a expiré. Demandez-en un nouveau.',
    );
    expect(view.button('Recevoir un nouveau lien').getAttribute('href')).toBe(
      '/mot-de-passe-oublie',
    );
    expect(view.page().querySelector('form')).toBeNull();
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('says so when the link stops working while the form is open', async () => {
    await open((request) => request.flush({ ...link, purpose: 'reset' }));
    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Choisir un nouveau mot de passe',
    );
    view.type('#nouveau-mot-de-passe', 'Hibou-Cornichon-Velo-42');
    view.type('#confirmation-mot-de-passe', 'Hibou-Cornichon-Velo-42');
    await submit();
    (await view.request(LINK_URL)).flush(
      { statusCode: 410, error: 'Gone', message: 'Ce lien a expiré.' },
      { status: 410, statusText: 'Gone' },
    );
    await view.stable();

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Ce lien n’est plus valable',
    );
    expect(view.page().querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'Ce lien a expiré.',
    );
    expect(view.button('Recevoir un nouveau lien')).toBeTruthy();
  });
});
