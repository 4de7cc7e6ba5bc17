import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, type Routes } from '@angular/router';
import type { CurrentUser } from '@boussole/domain';
import { axeViolations } from '../../testing/axe';
import { LanguageSelectorComponent } from './language-selector.component';
import { LanguageService, RELOAD_PAGE } from './language.service';
import { storedLanguage } from './page-language';

const viewer: CurrentUser = {
  id: 5,
  email: 'lecture@boussole.test',
  name: 'Léa Lecture',
  role: 'viewer',
  unit: null,
  regionCode: null,
  language: null,
};

describe('LanguageService', () => {
  let http: HttpTestingController;
  let reloads: number;

  function setUp(pageLanguage: 'fr' | 'en' = 'fr', routes: Routes = []) {
    document.documentElement.lang = pageLanguage;
    reloads = 0;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(routes),
        { provide: RELOAD_PAGE, useValue: () => reloads++ },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    return TestBed.inject(LanguageService);
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    http.verify();
    document.documentElement.lang = '';
  });

  it('saves the choice for the account, keeps it in the browser, then reloads', async () => {
    const language = setUp();
    const chosen = language.choose('en', true);
    const save = http.expectOne('/api/auth/me');
    expect(save.request.method).toBe('PATCH');
    expect(save.request.body).toEqual({ language: 'en' });
    save.flush({ ...viewer, language: 'en' });
    await chosen;
    expect(storedLanguage()).toBe('en');
    expect(reloads).toBe(1);
  });

  it('switches without the account when nobody is signed in, and keeps a failed save from blocking', async () => {
    const language = setUp();
    await language.choose('en', false);
    expect(storedLanguage()).toBe('en');
    expect(reloads).toBe(1);

    TestBed.resetTestingModule();
    const again = setUp('en');
    const back = again.choose('fr', true);
    http.expectOne('/api/auth/me').flush({ message: 'Hors ligne' }, { status: 503, statusText: 'Unavailable' });
    await back;
    expect(storedLanguage()).toBe('fr');
    expect(reloads).toBe(1);
  });

  it('does nothing for the language already shown', async () => {
    const language = setUp('en');
    await language.choose('en', true);
    expect(reloads).toBe(0);
  });

  it('follows the account: its language wins, and a first choice made in the browser is saved', async () => {
    const french = setUp('fr');
    await french.follow({ ...viewer, language: 'en' });
    expect(storedLanguage()).toBe('en');
    expect(reloads).toBe(1);

    TestBed.resetTestingModule();
    const english = setUp('en');
    const following = english.follow(viewer);
    const save = http.expectOne('/api/auth/me');
    expect(save.request.body).toEqual({ language: 'en' });
    save.flush({ ...viewer, language: 'en' });
    await following;
    expect(reloads).toBe(0);

    await english.follow({ ...viewer, language: 'en' });
    expect(reloads).toBe(0);
  });

  it('at sign-in, reloads in the account’s language only once the page has gone where it was going', async () => {
    const language = setUp('fr', [{ path: 'plans/1', children: [] }]);
    await language.follow({ ...viewer, language: 'en' }, 'after-navigation');
    expect(storedLanguage()).toBe('en');
    expect(reloads).toBe(0);
    await TestBed.inject(Router).navigateByUrl('/plans/1');
    expect(reloads).toBe(1);
  });
});

describe('LanguageSelectorComponent', () => {
  afterEach(() => (document.documentElement.lang = ''));

  it('shows the language in use and offers each, named in its own language, accessibly', async () => {
    document.documentElement.lang = 'fr';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(LanguageSelectorComponent);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('.fr-translate__btn')?.textContent).toContain('FR');
    const options = Array.from(root.querySelectorAll<HTMLButtonElement>('.fr-translate__language'));
    expect(options.map((o) => o.textContent?.trim())).toEqual(['FR - Français', 'EN - English']);
    expect(options[1]?.getAttribute('lang')).toBe('en');
    expect(options[0]?.getAttribute('aria-current')).toBe('true');
    expect(await axeViolations(root)).toEqual([]);
  });
});
