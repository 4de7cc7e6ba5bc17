import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser } from '@boussole/domain';
import { App } from './app';

const liaison: CurrentUser = {
  id: 9,
  email: 'ars-bretagne@boussole.test',
  name: 'Maëlle Le Goff',
  role: 'ars_liaison',
  unit: null,
  regionCode: '53',
};

describe('App (the DSFR page shell)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(user: CurrentUser | null): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(App);
    const me = http.expectOne('/api/auth/me');
    if (user) {
      me.flush(user);
    } else {
      me.flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Non connecté.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    }
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const skipLinks = (page: HTMLElement) =>
    Array.from(page.querySelectorAll('.fr-skiplinks a'), (link) => [
      link.textContent?.trim(),
      link.getAttribute('href'),
    ]);

  it('has the landmarks and skip links of a State service, without a menu when signed out', async () => {
    const page = await render(null);

    expect(page.querySelector('header.fr-header')).not.toBeNull();
    expect(page.querySelector('main#contenu')?.getAttribute('tabindex')).toBe(
      '-1',
    );
    expect(page.querySelector('footer.fr-footer#pied-de-page')).not.toBeNull();
    expect(page.querySelector('.fr-logo')?.innerHTML).toContain(
      'Ministère<br>de la Santé<br>et de l’Accès<br>aux soins',
    );
    expect(
      page.querySelector('.fr-header__service-title')?.textContent,
    ).toContain('Boussole');
    expect(skipLinks(page)).toEqual([
      ['Contenu', '/#contenu'],
      ['Pied de page', '/#pied-de-page'],
    ]);
    expect(page.querySelector('#navigation')).toBeNull();
    expect(page.textContent).not.toContain('Se déconnecter');
  });

  it('shows the signed-in user, their role, the sign-out button and the main navigation', async () => {
    const page = await render(liaison);

    const tools = page.querySelector('.fr-header__tools-links');
    expect(tools?.textContent).toContain('Maëlle Le Goff');
    expect(tools?.textContent).toContain('Référent·e ARS');
    expect(tools?.querySelector('button')?.textContent?.trim()).toBe(
      'Se déconnecter',
    );
    expect(
      page.querySelector('nav#navigation .fr-nav__link')?.textContent?.trim(),
    ).toBe('Tableau de bord');
    expect(skipLinks(page).map(([label]) => label)).toEqual([
      'Contenu',
      'Menu',
      'Pied de page',
    ]);
  });
});
