import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { authGuard } from './auth.guard';

@Component({ template: 'page' })
class PageStubComponent {}

describe('authGuard', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'connexion', component: PageStubComponent },
          {
            path: 'plans/:id',
            component: PageStubComponent,
            canActivate: [authGuard],
          },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  it('sends a signed-out visitor to /connexion with the page to come back to', async () => {
    const navigation = harness.navigateByUrl('/plans/1?vue=axes');
    (await vi.waitFor(() => http.expectOne('/api/auth/me'))).flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Authentification requise.',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await navigation;

    expect(TestBed.inject(Router).url).toBe(
      '/connexion?retour=%2Fplans%2F1%3Fvue%3Daxes',
    );
  });

  it('lets a signed-in user through', async () => {
    const navigation = harness.navigateByUrl('/plans/1');
    (await vi.waitFor(() => http.expectOne('/api/auth/me'))).flush({
      id: 1,
      email: 'admin@boussole.test',
      name: 'Admin',
      role: 'admin',
      unit: null,
      regionCode: null,
    });
    await navigation;

    expect(TestBed.inject(Router).url).toBe('/plans/1');
  });
});
