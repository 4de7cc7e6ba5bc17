import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { CurrentUser, LoginResponse } from '@boussole/domain';
import { AUTH_ENDPOINTS, AuthService, EXTERNAL_NAVIGATION } from './auth.service';

const director: CurrentUser = {
  id: 2,
  email: 'direction@boussole.test',
  name: 'Claire Direction',
  role: 'director',
  unit: null,
  regionCode: null,
};

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
    localStorage.clear();
  });

  afterEach(() => http.verify());

  it('sets the user after a successful login, and keeps the token out of the browser storage', async () => {
    const login = auth.login('direction@boussole.test', 'Boussole-Demo-2025');

    const request = http.expectOne(AUTH_ENDPOINTS.login);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'direction@boussole.test',
      password: 'Boussole-Demo-2025',
    });
    const response: LoginResponse = {
      user: director,
      token: 'secret-session-token',
    };
    request.flush(response);

    await expect(login).resolves.toEqual(director);
    expect(auth.user()).toEqual(director);
    expect(auth.signedIn()).toBe(true);
    expect(auth.loaded()).toBe(true);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('rejects a refused login with the API error and stays signed out', async () => {
    const login = auth.login('direction@boussole.test', 'wrong');

    http.expectOne(AUTH_ENDPOINTS.login).flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Adresse électronique ou mot de passe incorrect.',
      },
      { status: 401, statusText: 'Unauthorized' },
    );

    await expect(login).rejects.toMatchObject({ status: 401 });
    expect(auth.user()).toBeNull();
  });

  it('treats a 401 from /api/auth/me as "nobody is signed in"', async () => {
    const load = auth.load();

    http.expectOne(AUTH_ENDPOINTS.me).flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Authentification requise.',
      },
      { status: 401, statusText: 'Unauthorized' },
    );

    await expect(load).resolves.toBeNull();
    expect(auth.user()).toBeNull();
    expect(auth.loaded()).toBe(true);
  });

  it('asks /api/auth/me only once through ensureLoaded()', async () => {
    const first = auth.ensureLoaded();
    http.expectOne(AUTH_ENDPOINTS.me).flush(director);
    await expect(first).resolves.toEqual(director);

    await expect(auth.ensureLoaded()).resolves.toEqual(director);
    http.expectNone(AUTH_ENDPOINTS.me);
  });

  it('signs out on the API, forgets the user and goes to the sign-in page', async () => {
    const navigate = vi
      .spyOn(TestBed.inject(Router), 'navigateByUrl')
      .mockResolvedValue(true);
    const login = auth.login('direction@boussole.test', 'Boussole-Demo-2025');
    http.expectOne(AUTH_ENDPOINTS.login).flush({ user: director, token: 't' });
    await login;

    const logout = auth.logout();
    const request = http.expectOne(AUTH_ENDPOINTS.logout);
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await logout;

    expect(auth.user()).toBeNull();
    expect(navigate).toHaveBeenCalledWith('/connexion');
  });

});

describe('AuthService sign-out of a ProConnect session', () => {
  it('ends it at the provider: the browser goes to the end-session URL the API answers', async () => {
    const away: string[] = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: EXTERNAL_NAVIGATION, useValue: (url: string) => away.push(url) },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const navigate = vi
      .spyOn(TestBed.inject(Router), 'navigateByUrl')
      .mockResolvedValue(true);
    const service = TestBed.inject(AuthService);
    service.replace(director);
    const endSessionUrl =
      'https://auth.example.fr/session/end?id_token_hint=x.y.z&post_logout_redirect_uri=https%3A%2F%2Fboussole.example.fr%2F';

    const logout = service.logout();
    http.expectOne(AUTH_ENDPOINTS.logout).flush({ endSessionUrl });
    await logout;

    expect(service.user()).toBeNull();
    expect(away).toEqual([endSessionUrl]);
    expect(navigate).not.toHaveBeenCalled();
    http.verify();
  });
});
