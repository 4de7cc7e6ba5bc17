import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import localeFr from '@angular/common/locales/fr';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PlanDetail, PlanSummary } from '@boussole/domain';
import { required } from '../../testing/query';
import { PlanPageComponent } from './plan-page.component';

const summaries: PlanSummary[] = [
  {
    id: 1,
    title: 'Projet stratégique 2025-2027',
    startYear: 2025,
    endYear: 2027,
    state: 'active',
    axisCount: 1,
    actionCount: 1234,
  },
  {
    id: 2,
    title: 'Projet stratégique 2015-2017',
    startYear: 2015,
    endYear: 2017,
    state: 'archived',
    axisCount: 4,
    actionCount: 40,
  },
];

const plan: PlanDetail = {
  ...summaries[0],
  description: null,
  currentCycle: {
    id: 9,
    planId: 1,
    label: 'T4 2026',
    opensOn: '2026-11-16',
    closesOn: '2026-12-11',
    state: 'open',
  },
  axes: [
    {
      id: 11,
      planId: 1,
      number: 1,
      title: 'Garantir l’accès aux soins',
      description: 'Parcours de soins et accès au bon professionnel.',
      sponsor: { id: 2, name: 'Claire Direction' },
      actionCount: 1234,
      objectives: [
        {
          id: 21,
          axisId: 11,
          number: 1,
          code: '1.1',
          title: 'Décliner le Pacte d’accès aux soins',
          description: null,
          actionCount: 1,
        },
        {
          id: 22,
          axisId: 11,
          number: 2,
          code: '1.2',
          title: 'Aller vers les territoires',
          description: null,
          actionCount: 7,
        },
      ],
    },
  ],
};

describe('PlanPageComponent', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    registerLocaleData(localeFr);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'plans/:id', component: PlanPageComponent }],
          withComponentInputBinding(),
        ),
        { provide: LOCALE_ID, useValue: 'fr-FR' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  /** The request to `url`, once the page has sent it (navigation and rendering are asynchronous). */
  const request = (url: string) => vi.waitFor(() => http.expectOne(url));
  const text = () =>
    harness.routeNativeElement?.textContent?.replace(/\s+/g, ' ') ?? '';

  it('shows the plan, its current cycle in French dates, its axes and every objective', async () => {
    const navigation = harness.navigateByUrl('/plans/1');
    (await request('/api/plans')).flush(summaries);
    (await request('/api/plans/1')).flush(plan);
    await navigation;
    await harness.fixture.whenStable();

    const page = required(harness.routeNativeElement);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('h1')?.textContent).toBe(
      'Projet stratégique 2025-2027',
    );
    expect(page.querySelector('.fr-badge')?.textContent?.trim()).toBe(
      'En cours',
    );
    expect(text()).toContain(
      'Campagne en cours : T4 2026, du 16/11/2026 au 11/12/2026',
    );
    expect(page.textContent).toContain('1\u202f234 actions'); // a narrow no-break space, as in French
    expect(
      page.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim(),
    ).toBe('Axe 1 : Garantir l’accès aux soins');
    expect(text()).toContain('Sponsor : Claire Direction');
    const objectives = Array.from(page.querySelectorAll('.fr-card'), (card) =>
      Array.from(
        card.querySelectorAll('.fr-card__title, .fr-card__detail'),
        (part) => part.textContent?.trim(),
      ),
    );
    expect(objectives).toEqual([
      ['Décliner le Pacte d’accès aux soins', 'Objectif 1.1', '1 action'],
      ['Aller vers les territoires', 'Objectif 1.2', '7 actions'],
    ]);
    const switcher = page.querySelector<HTMLAnchorElement>('a.fr-tag');
    expect(switcher?.getAttribute('href')).toBe('/plans/2');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Projet stratégique 2025-2027 – Boussole',
    );
  });

  it('shows the API’s French message in a DSFR alert when the plan cannot be loaded', async () => {
    const navigation = harness.navigateByUrl('/plans/99');
    (await request('/api/plans')).flush(summaries);
    (await request('/api/plans/99')).flush(
      {
        statusCode: 404,
        error: 'Not Found',
        message: 'Projet stratégique introuvable.',
      },
      { status: 404, statusText: 'Not Found' },
    );
    await navigation;
    await harness.fixture.whenStable();

    const alert = harness.routeNativeElement?.querySelector('.fr-alert--error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Projet stratégique introuvable.');
  });
});
