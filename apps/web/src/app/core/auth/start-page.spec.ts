import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser, PlanSummary, Role } from '@boussole/domain';
import { USERS } from '../../features/action/testing/action-fixtures';
import { activePlanRedirectGuard } from '../../features/plans/active-plan.guard';
import { AuthService } from './auth.service';
import { DASHBOARD_PATH, startPageGuard } from './start-page';

@Component({ template: 'page' })
class PageStubComponent {}

const plan = (changes: Partial<PlanSummary>): PlanSummary => ({
  id: 1,
  title: 'Projet stratégique 2025-2027',
  startYear: 2025,
  endYear: 2027,
  state: 'active',
  axisCount: 4,
  actionCount: 40,
  version: 1,
  ...changes,
});

describe('each role’s start page (the home page `/`)', () => {
  let http: HttpTestingController;

  async function landingOf(user: CurrentUser | null): Promise<string> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          {
            path: '',
            pathMatch: 'full',
            canActivate: [startPageGuard],
            children: [],
          },
          {
            path: 'tableau-de-bord',
            canActivate: [activePlanRedirectGuard],
            children: [],
          },
          { path: 'plans/:id', component: PageStubComponent },
          { path: 'mes-actions', component: PageStubComponent },
          { path: 'ma-region', component: PageStubComponent },
        ]),
        {
          provide: AuthService,
          useValue: { ensureLoaded: () => Promise.resolve(user) },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/');
    if (!user || !['project_manager', 'ars_liaison'].includes(user.role)) {
      // The dashboard is the default plan's: the active one, not the archived one.
      (await vi.waitFor(() => http.expectOne('/api/plans'))).flush([
        plan({ id: 2, state: 'archived', startYear: 2015, endYear: 2017 }),
        plan({ id: 5 }),
      ]);
    }
    await navigation;
    return TestBed.inject(Router).url;
  }

  afterEach(() => http.verify());

  it('takes a project manager to « Mes actions »', async () => {
    expect(await landingOf(USERS.pfManager)).toBe('/mes-actions');
  });

  it('takes an ARS liaison to « Ma région »', async () => {
    expect(await landingOf(USERS.arsLiaison)).toBe('/ma-region');
  });

  it.each<Role>(['director', 'admin', 'viewer'])(
    'takes a %s to the active plan’s dashboard',
    async (role) => {
      expect(await landingOf({ ...USERS.viewer, role })).toBe('/plans/5');
    },
  );

  it('keeps the dashboard one address away for everyone', () => {
    expect(DASHBOARD_PATH).toBe('/tableau-de-bord');
  });
});
