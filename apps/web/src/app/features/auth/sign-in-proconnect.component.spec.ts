import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PROCONNECT_REFUSALS } from '@boussole/domain';
import { EXTERNAL_NAVIGATION } from '../../core/auth/auth.service';
import { axeViolations } from '../../testing/axe';
import { query, required } from '../../testing/query';
import { PROCONNECT_MESSAGES } from './proconnect-messages';
import { SignInPageComponent } from './sign-in-page.component';

/** The sign-in page's ProConnect button and the French messages of the callback's refusals. */
describe('SignInPageComponent with ProConnect', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  let away: string[];

  async function open(url: string, proconnect: boolean): Promise<HTMLElement> {
    away = [];
    TestBed.configureTestingModule({
      providers: [
        { provide: EXTERNAL_NAVIGATION, useValue: (to: string) => away.push(to) },
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'connexion', component: SignInPageComponent }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(url);
    http.expectOne('/api/health').flush({
      status: 'ok',
      database: 'ok',
      mode: 'production',
      proconnect,
      version: '0',
      time: '',
    });
    await harness.fixture.whenStable();
    return required(harness.routeNativeElement);
  }

  afterEach(() => http.verify());

  it('shows the ProConnect button as its guidelines draw it; it takes the page to the API’s login route', async () => {
    const page = await open('/connexion?retour=%2Fplans%2F2', true);
    const button = query<HTMLButtonElement>(page, '.fr-connect-group button.fr-connect');
    expect(button.type).toBe('button');
    expect(button.querySelector('.fr-connect__login')?.textContent).toBe('S’identifier avec');
    expect(button.querySelector('.fr-connect__brand')?.textContent).toBe('ProConnect');
    const about = query<HTMLAnchorElement>(page, '.fr-connect-group p a');
    expect(about.href).toBe('https://www.proconnect.gouv.fr/');
    expect(about.textContent).toBe('Qu’est-ce que ProConnect\u00a0?');
    expect(about.target).toBe('_blank');
    expect(about.rel).toBe('noopener');
    expect(page.querySelector('.fr-hr-or')?.textContent).toBe('ou');
    // The password sign-in stays, below.
    expect(page.querySelector('#identifiants button[type=submit]')?.textContent?.trim()).toBe('Se connecter');
    expect(await axeViolations(page)).toEqual([]);

    button.click();
    expect(away).toEqual(['/api/auth/proconnect/login?retour=%2Fplans%2F2']);
  });

  it('sends no return page when there is none to go back to', async () => {
    const page = await open('/connexion', true);
    query<HTMLButtonElement>(page, 'button.fr-connect').click();
    expect(away).toEqual(['/api/auth/proconnect/login']);
  });

  it('shows no ProConnect button when the API says it is not configured', async () => {
    const page = await open('/connexion', false);
    expect(page.querySelector('.fr-connect')).toBeNull();
    expect(page.querySelector('.fr-hr-or')).toBeNull();
    expect(page.textContent).not.toContain('ProConnect');
  });

  it('says in French why ProConnect refused, and what to do', async () => {
    const page = await open('/connexion?proconnect=compte-inconnu', true);
    const alert = query(page, '#proconnect-erreur');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.classList).toContain('fr-alert--error');
    expect(alert.textContent?.trim()).toBe(
      'Aucun compte Boussole n’est ouvert pour cette adresse\u00a0: demandez à un administrateur de vous en créer un.',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has a message for every refusal code of the API, and none for an unknown code', async () => {
    expect(Object.keys(PROCONNECT_MESSAGES).sort()).toEqual([...PROCONNECT_REFUSALS].sort());
    for (const message of Object.values(PROCONNECT_MESSAGES)) {
      // French typography: a no-break space before the colon, never a plain one.
      expect(message).not.toMatch(/ [:;?!]/);
      expect(message).toMatch(/\u00a0: /);
    }
    const page = await open('/connexion?proconnect=n-importe-quoi', true);
    expect(page.querySelector('#proconnect-erreur')).toBeNull();
  });
});
