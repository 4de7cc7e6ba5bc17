import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  CurrentUser,
  CyclePayload,
  DeploymentHistory,
  PlanSummary,
  RegionDeployment,
  RegionRollup,
} from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { axeViolations } from '../../testing/axe';
import { query, required } from '../../testing/query';
import { USERS } from '../action/testing/action-fixtures';
import { LIAISONS } from '../action/testing/deployment-fixtures';
import { MyRegionPageComponent } from './my-region-page.component';

const PLAN: PlanSummary = {
  id: 1,
  title: 'Projet stratégique 2025-2027',
  startYear: 2025,
  endYear: 2027,
  state: 'active',
  axisCount: 4,
  actionCount: 40,
  version: 1,
};

const CYCLE: CyclePayload = {
  id: 9,
  planId: 1,
  label: 'T4 2026',
  opensOn: '2026-11-16',
  closesOn: '2026-12-11',
  state: 'open',
  version: 2,
};

const deployment = (changes: Partial<RegionDeployment>): RegionDeployment => ({
  actionId: 7,
  regionCode: '53',
  regionName: 'Bretagne',
  status: 'on_track',
  progress: 50,
  narrative: null,
  version: 3,
  // Before the cycle opened: still to report.
  updatedAt: '2026-10-02T09:00:00Z',
  updatedBy: { id: 11, name: 'Awena Le Gall' },
  laggard: false,
  commentCount: 0,
  actionCode: '1.1.1',
  actionTitle: 'Déployer les CPTS',
  weight: 1,
  medianProgress: 55,
  ...changes,
});

const DEPLOYMENTS: RegionDeployment[] = [
  deployment({}),
  deployment({
    actionId: 8,
    actionCode: '1.1.2',
    actionTitle: 'Ouvrir des SAS',
    status: 'late',
    progress: 20,
    laggard: true,
    narrative: 'Recrutements en cours.',
  }),
  deployment({
    actionId: 9,
    actionCode: '1.2.1',
    actionTitle: 'Former les IPA',
    // Reported in the cycle.
    updatedAt: '2026-11-20T10:00:00Z',
  }),
  deployment({
    actionId: 10,
    actionCode: '2.1.1',
    actionTitle: 'Financer les urgences',
    status: 'done',
    progress: 100,
  }),
];

const rollup = (): RegionRollup => ({
  code: '53',
  name: 'Bretagne',
  overseas: false,
  planId: 1,
  regionCount: 18,
  progress: 62,
  rank: 4,
  deploymentCount: DEPLOYMENTS.length,
  laggingCount: 1,
  counts: {
    not_started: 0,
    on_track: 2,
    at_risk: 0,
    late: 1,
    done: 1,
    abandoned: 0,
  },
  explain: { counted: [], excluded: [] },
  deployments: DEPLOYMENTS,
  lagging: [DEPLOYMENTS[1]],
});

describe('MyRegionPageComponent', () => {
  let http: HttpTestingController;

  async function open(user: CurrentUser) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'ma-region', component: MyRegionPageComponent },
        ]),
        { provide: AuthService, useValue: { user: signal(user).asReadonly() } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/ma-region');
    const page = () => required(harness.routeNativeElement);
    const stable = () => harness.fixture.whenStable();
    return { harness, page, stable };
  }

  async function openLoaded() {
    const view = await open(LIAISONS.bretagne);
    (await vi.waitFor(() => http.expectOne('/api/plans'))).flush([PLAN]);
    const regionRollup = await vi.waitFor(() =>
      http.expectOne((request) => request.url === '/api/regions/53/rollup'),
    );
    expect(regionRollup.request.params.get('plan')).toBe('1');
    regionRollup.flush(rollup());
    (
      await vi.waitFor(() =>
        http.expectOne((request) => request.url === '/api/cycles'),
      )
    ).flush([{ ...CYCLE, id: 8, label: 'T3 2026', state: 'closed' }, CYCLE]);
    await view.stable();
    return view;
  }

  afterEach(() => http.verify());

  const headings = (root: ParentNode) =>
    Array.from(root.querySelectorAll('h3'), (h) =>
      h.textContent?.replace(/\s+/g, ' ').trim(),
    );

  it('lists the deployments the open cycle expects, those still to report first, the closed ones folded apart', async () => {
    const { page } = await openLoaded();

    expect(page().querySelector('h1')?.textContent?.trim()).toBe('Ma région');
    expect(page().textContent).toContain('Bretagne');
    expect(query(page(), '#attendu-region').textContent?.trim()).toBe(
      'Campagne T4 2026 (jusqu’au 11/12/2026)\u00a0: 2 déploiements sur 3 restent à renseigner.',
    );
    const expected = query(
      page(),
      'section[aria-labelledby=deploiements-attendus]',
    );
    expect(
      expected.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim(),
    ).toBe('Attendus pour la campagne T4 2026 (3)');
    // The late one lagging the other regions first; the one already reported last.
    expect(headings(expected)).toEqual([
      '1.1.2 – Ouvrir des SAS',
      '1.1.1 – Déployer les CPTS',
      '1.2.1 – Former les IPA',
    ]);
    expect(expected.textContent).toContain('En retard sur les autres régions');
    expect(
      Array.from(expected.querySelectorAll('li'), (li) =>
        li.textContent?.includes('Renseigné pour la campagne'),
      ).filter(Boolean),
    ).toHaveLength(1);

    const folded = query<HTMLButtonElement>(
      page(),
      'button[aria-controls=deploiements-clos]',
    );
    expect(folded.textContent?.trim()).toBe('Terminés ou abandonnés (1)');
    expect(folded.getAttribute('aria-expanded')).toBe('false');
    expect(query(page(), '#deploiements-clos').hidden).toBe(true);
    expect(headings(query(page(), '#deploiements-clos'))).toEqual([
      '2.1.1 – Financer les urgences',
    ]);
    expect(await axeViolations(page())).toEqual([]);
  });

  it('reports a deployment on the page: a blank form, the previous report beside it, then the saved report in the history', async () => {
    const { page, stable } = await openLoaded();
    const first = () => required(page().querySelector('bsl-region-deployment'));
    const report = query<HTMLButtonElement>(
      first(),
      'button[aria-controls=rapport-deploiement-8]',
    );
    expect(report.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Renseigner le déploiement 1.1.2',
    );
    expect(page().querySelector('form')).toBeNull();
    report.click();
    await stable();

    expect(report.getAttribute('aria-expanded')).toBe('true');
    // Starts empty: nothing chosen, nothing typed.
    expect(
      first().querySelector('input[name=deploiement-meteo]:checked'),
    ).toBeNull();
    expect(
      query<HTMLInputElement>(first(), '#deploiement-avancement').value,
    ).toBe('');
    expect(
      query<HTMLTextAreaElement>(first(), '#deploiement-narratif').value,
    ).toBe('');
    const previous = query(first(), 'aside');
    expect(previous.querySelector('h4')?.textContent?.trim()).toBe(
      'Rapport précédent',
    );
    expect(previous.textContent).toContain('Recrutements en cours.');
    expect(previous.textContent).toContain('20\u00a0%');
    expect(previous.textContent).toContain('par Awena Le Gall');

    // The history, opened before the report, is fetched on opening and again once it is saved.
    query<HTMLButtonElement>(
      first(),
      'button[aria-controls=historique-deploiement-8]',
    ).click();
    const history = (reports: DeploymentHistory['reports']) => ({
      actionId: 8,
      regionCode: '53',
      reports,
    });
    const oldReport = {
      status: 'late' as const,
      progress: 20,
      narrative: 'Recrutements en cours.',
      version: 3,
      author: { id: 11, name: 'Awena Le Gall' },
      reportedAt: '2026-10-02T09:00:00Z',
    };
    (
      await vi.waitFor(() =>
        http.expectOne('/api/actions/8/regions/53/history'),
      )
    ).flush(history([oldReport]));
    await stable();
    expect(query(first(), '#historique-deploiement-8').textContent).toContain(
      'Recrutements en cours.',
    );
    expect(await axeViolations(page())).toEqual([]);

    // An empty report is refused in French, without calling the API.
    query<HTMLButtonElement>(first(), 'form button[type=submit]').click();
    await stable();
    expect(
      first().querySelector('#deploiement-meteo-messages')?.textContent?.trim(),
    ).toBe('Choisissez la météo du déploiement.');
    http.expectNone('/api/actions/8/regions/53');

    query<HTMLInputElement>(first(), '#deploiement-meteo-at_risk').click();
    const type = (selector: string, text: string) => {
      const field = query<HTMLInputElement>(first(), selector);
      field.value = text;
      field.dispatchEvent(new Event('input'));
    };
    type('#deploiement-avancement', '35');
    type('#deploiement-narratif', 'Deux SAS ouverts.');
    await stable();
    query<HTMLButtonElement>(first(), 'form button[type=submit]').click();
    const patch = await vi.waitFor(() =>
      http.expectOne('/api/actions/8/regions/53'),
    );
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({
      status: 'at_risk',
      progress: 35,
      narrative: 'Deux SAS ouverts.',
      version: 3,
    });
    const saved = {
      ...DEPLOYMENTS[1],
      status: 'at_risk' as const,
      progress: 35,
      narrative: 'Deux SAS ouverts.',
      version: 4,
      updatedAt: '2026-11-25T08:30:00Z',
    };
    patch.flush(saved);
    (
      await vi.waitFor(() =>
        http.expectOne('/api/actions/8/regions/53/history'),
      )
    ).flush(
      history([
        { ...oldReport, ...saved, reportedAt: saved.updatedAt },
        oldReport,
      ]),
    );
    await stable();

    expect(first().textContent).toContain('Déploiement enregistré.');
    // It keeps its place, now reported; the form is blank again for another report.
    expect(headings(page())[0]).toBe('1.1.2 – Ouvrir des SAS');
    expect(first().textContent).toContain('Renseigné pour la campagne');
    expect(
      query<HTMLInputElement>(first(), '#deploiement-avancement').value,
    ).toBe('');
    expect(query(first(), 'aside').textContent).toContain('Deux SAS ouverts.');
    expect(
      query(first(), '#historique-deploiement-8').querySelectorAll('li'),
    ).toHaveLength(2);
    expect(query(page(), '#attendu-region').textContent?.trim()).toBe(
      'Campagne T4 2026 (jusqu’au 11/12/2026)\u00a0: 1 déploiement sur 3 reste à renseigner.',
    );
  });

  it('tells other roles that the page is for ARS liaisons, without asking the API', async () => {
    const { page, stable } = await open(USERS.pfManager);
    await stable();

    expect(page().textContent).toContain(
      'Cette page est destinée aux référent·es ARS',
    );
    http.expectNone('/api/plans');
  });
});
