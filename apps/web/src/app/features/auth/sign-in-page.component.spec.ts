import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { query, required } from '../../testing/query';
import { SignInPageComponent } from './sign-in-page.component';

@Component({ template: '<h1>Tableau de bord</h1>' })
class DashboardStubComponent {}

const user: CurrentUser = {
  id: 3,
  email: 'pf@boussole.test',
  name: 'Paul Financement',
  role: 'project_manager',
  unit: {
    id: 1,
    code: 'PF',
    name: 'Sous-direction du pilotage de la performance',
  },
  regionCode: null,
};

describe('SignInPageComponent', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;

  const field = (id: string) => query<HTMLInputElement>(page, `#${id}`);
  const type = (id: string, value: string) => {
    field(id).value = value;
    field(id).dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    query<HTMLButtonElement>(page, 'button[type=submit]').click();
    await harness.fixture.whenStable();
  };
  const errorOf = (id: string) => {
    const group = required(field(id).closest('.fr-input-group'));
    return {
      inError: group.classList.contains('fr-input-group--error'),
      text: group.querySelector('.fr-error-text')?.textContent?.trim() ?? null,
    };
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'connexion', component: SignInPageComponent },
            { path: 'plans/:id', component: DashboardStubComponent },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(
      '/connexion?retour=%2Fplans%2F1',
    );
    page = required(harness.routeNativeElement);
    http.expectOne('/api/health').flush({
      status: 'ok',
      database: 'ok',
      mode: 'demo',
      version: '0',
      time: '',
    });
    await harness.fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('says why the session ended when the server ended it, until the next sign-in', async () => {
    const auth = TestBed.inject(AuthService);
    auth.replace(user);
    await harness.navigateByUrl('/plans/1');
    await auth.endSession('deactivated');
    await harness.fixture.whenStable();
    page = required(harness.routeNativeElement);
    http.match('/api/health').forEach((health) => health.flush({}));
    await harness.fixture.whenStable();

    const notice = query(page, '[role=status] .fr-alert--info');
    expect(notice.textContent?.trim()).toBe(
      'Votre compte a été désactivé\u00a0: votre session a pris fin.',
    );
    expect(TestBed.inject(Router).url).toBe('/connexion?retour=%2Fplans%2F1');
    expect(auth.signedIn()).toBe(false);

    type('email', user.email);
    type('mot-de-passe', 'Boussole-Demo-2025');
    await submit();
    http.expectOne('/api/auth/login').flush({ user, token: 't' });
    await harness.fixture.whenStable();
    expect(auth.sessionNotice()).toBeNull();
  });

  it('lists the demo accounts when the API runs in demo mode', () => {
    expect(page.textContent).toContain('Comptes de démonstration');
    expect(page.textContent).toContain('direction@boussole.test');
  });

  it('labels its fields for password managers and assistive technologies', () => {
    expect(page.querySelector('label[for=email]')?.textContent).toContain(
      'Adresse électronique',
    );
    expect(field('email').getAttribute('autocomplete')).toBe('username');
    expect(field('mot-de-passe').getAttribute('autocomplete')).toBe(
      'current-password',
    );
    expect(page.querySelector('button[type=submit]')?.textContent?.trim()).toBe(
      'Se connecter',
    );
    expect(field('mot-de-passe').name).toBe('password');
  });

  it('offers the forgotten-password page under the password field', () => {
    const link = query<HTMLAnchorElement>(
      page,
      'a.fr-link[href="/mot-de-passe-oublie"]',
    );
    expect(link.textContent?.trim()).toBe('Mot de passe oublié\u00a0?');
    const passwordGroup = required(
      field('mot-de-passe').closest('.fr-fieldset__element'),
    );
    expect(passwordGroup.contains(link)).toBe(true);
  });

  it('shows French messages for empty fields, linked to them, without calling the API', async () => {
    await submit();

    expect(errorOf('email')).toEqual({
      inError: true,
      text: 'Saisissez votre adresse électronique.',
    });
    expect(errorOf('mot-de-passe')).toEqual({
      inError: true,
      text: 'Saisissez votre mot de passe.',
    });
    const messages = page.querySelector(
      `#${field('email').getAttribute('aria-describedby')}`,
    );
    expect(messages?.textContent).toContain(
      'Saisissez votre adresse électronique.',
    );
    expect(field('email').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('email'));
    http.expectNone('/api/auth/login');
  });

  it('rejects a malformed e-mail address', async () => {
    type('email', 'pf-boussole.test');
    type('mot-de-passe', 'x');
    await submit();

    expect(errorOf('email').text).toBe(
      'Le format de l’adresse électronique est incorrect. Format attendu : nom@domaine.fr',
    );
    expect(errorOf('mot-de-passe').inError).toBe(false);
    http.expectNone('/api/auth/login');
  });

  it('shows the API’s French error in a DSFR error alert', async () => {
    type('email', 'pf@boussole.test');
    type('mot-de-passe', 'mauvais');
    query<HTMLButtonElement>(page, 'button[type=submit]').click();

    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Adresse électronique ou mot de passe incorrect.',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await harness.fixture.whenStable();

    const alert = page.querySelector('.fr-alert.fr-alert--error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent?.trim()).toBe(
      'Adresse électronique ou mot de passe incorrect.',
    );
  });

  it('signs in and goes back to the page given by ?retour=', async () => {
    type('email', ' pf@boussole.test ');
    type('mot-de-passe', 'Boussole-Demo-2025');
    query<HTMLButtonElement>(page, 'button[type=submit]').click();

    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({
      email: 'pf@boussole.test',
      password: 'Boussole-Demo-2025',
    });
    request.flush({ user, token: 'not-kept' });
    await harness.fixture.whenStable();

    expect(TestBed.inject(AuthService).user()).toEqual(user);
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe(
      'Tableau de bord',
    );
  });
});
