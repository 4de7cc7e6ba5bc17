import { registerLocaleData } from '@angular/common';
import { HttpHeaders, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import localeFr from '@angular/common/locales/fr';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SIGNAL_LABELS, type ActionListItem } from '@boussole/domain';
import { axeViolations } from '../../testing/axe';
import { required } from '../../testing/query';
import { action, plan, summaries } from '../plans/testing/fixtures';
import { actionsListRoutes } from './actions-list.routes';
import { defaultPlanActionsGuard } from './default-plan-actions.guard';

/** The fixture's plan with a second axis, to move between axes. */
const twoAxes = {
  ...plan,
  axes: [
    ...plan.axes,
    {
      ...plan.axes[0],
      id: 12,
      number: 2,
      title: 'Aller vers les territoires',
      objectives: [
        {
          ...plan.axes[0].objectives[0],
          id: 31,
          axisId: 12,
          code: '2.1',
          title: 'Mieux prévenir',
        },
      ],
    },
  ],
};

describe('ActionsListPageComponent', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    registerLocaleData(localeFr);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'plans/:planId/actions', children: actionsListRoutes }],
          withComponentInputBinding(),
        ),
        { provide: LOCALE_ID, useValue: 'fr-FR' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const request = (url: string): Promise<TestRequest> =>
    vi.waitFor(() => http.expectOne((req) => req.url === url));
  const page = () => required(harness.routeNativeElement);
  const text = () => page().textContent?.replace(/[\t\n\r ]+/g, ' ') ?? '';
  const params = (req: TestRequest) =>
    Object.fromEntries(
      req.request.params
        .keys()
        .map((key) => [key, req.request.params.get(key)]),
    );
  const url = () => TestBed.inject(Router).url;
  const status = () =>
    page()
      .querySelector('[role="status"]')
      ?.textContent?.replace(/\s+/g, ' ')
      .trim();

  async function open(path: string): Promise<TestRequest> {
    const navigation = harness.navigateByUrl(path);
    (await request('/api/plans/1')).flush(twoAxes);
    await navigation;
    return request('/api/actions');
  }

  function flushActions(
    req: TestRequest,
    items: ActionListItem[],
    total: number,
  ): Promise<void> {
    req.flush(items, {
      headers: new HttpHeaders({ 'X-Total-Count': String(total) }),
    });
    return harness.fixture.whenStable();
  }

  function choose(selector: string, value: string): void {
    const select = required(page().querySelector<HTMLSelectElement>(selector));
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  it('opens filtered from a link: the plan’s page of 50, the count announced, the focus on the results', async () => {
    const actions = await open('/plans/1/actions?axis=11&signal=overdue');
    expect(params(actions)).toEqual({
      plan: '1',
      axis: '11',
      signal: 'overdue',
      sort: 'code',
      page: '1',
      pageSize: '50',
    });
    await flushActions(actions, [action], 124);

    expect(page().querySelector('h1')?.textContent?.trim()).toBe(
      'Actions du projet stratégique',
    );
    expect(status()).toBe('124 actions correspondant à ces critères');
    expect(document.activeElement?.id).toBe('resultats-titre');
    expect(page().querySelector<HTMLSelectElement>('#filtre-axe')?.value).toBe(
      '11',
    );
    expect(
      page().querySelector<HTMLInputElement>('#filtre-signal-overdue')?.checked,
    ).toBe(true);
    // The action is the row's header, fixed on the left; météo, progress and gap follow it.
    const header = required(page().querySelector('tbody th[scope="row"]'));
    expect(header.classList).toContain('fr-cell--fixed');
    expect(header.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '1.1.1 Déployer les médecins solidaires',
    );
    const columns = Array.from(page().querySelectorAll('thead th'), (th) =>
      th.textContent?.replace(/,.*$/s, '').trim(),
    );
    expect(columns.slice(0, 4)).toEqual([
      'Action',
      'Météo',
      'Avancement',
      'Écart au calendrier',
    ]);
    // The frame scrolls sideways on small screens: a named region (that then takes the focus).
    const frame = required(page().querySelector('.fr-table__container'));
    expect(frame.getAttribute('role')).toBe('region');
    expect(frame.getAttribute('aria-label')).toBe(
      'Actions du projet, page 1 sur 3',
    );
    expect(
      page().querySelector('.fr-pagination [aria-current="page"]')?.textContent,
    ).toBe('1');
    // On a small screen the filters fold behind a button that counts them.
    const fold = required(
      page().querySelector<HTMLButtonElement>('.bsl-filters-toggle'),
    );
    expect(fold.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Afficher les filtres (2 actifs)',
    );
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    fold.click();
    await harness.fixture.whenStable();
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    expect(page().querySelector('#filtres-actions')?.classList).not.toContain(
      'bsl-filters--folded',
    );
    expect(await axeViolations(page())).toEqual([]);
  });

  it('keeps every filter in the URL and asks the API again', async () => {
    await flushActions(
      await open('/plans/1/actions?objective=22'),
      [action],
      1,
    );

    choose('#filtre-region', '53');
    let actions = await request('/api/actions');
    expect(params(actions)).toMatchObject({ objective: '22', region: '53' });
    expect(url()).toBe('/plans/1/actions?objective=22&region=53');
    await flushActions(actions, [action], 1);

    const gap = required(
      page().querySelector<HTMLInputElement>('#filtre-signal-schedule_gap'),
    );
    gap.click();
    actions = await request('/api/actions');
    expect(params(actions)).toMatchObject({ signal: 'schedule_gap' });
    expect(url()).toBe(
      '/plans/1/actions?objective=22&signal=schedule_gap&region=53',
    );
    await flushActions(actions, [action], 1);

    // Another axis: the objective of axis 11 no longer applies.
    choose('#filtre-axe', '12');
    actions = await request('/api/actions');
    expect(params(actions)['objective']).toBeUndefined();
    expect(url()).toBe(
      '/plans/1/actions?axis=12&signal=schedule_gap&region=53',
    );
    await flushActions(actions, [], 0);
    expect(status()).toBe('0 action correspondant à ces critères');
    expect(text()).toContain('Aucune action ne correspond à ces critères.');
  });

  it('tags each row with the signal it is filtered on, though the row does not list it', async () => {
    const actions = await open(
      '/plans/1/actions?signal=regional_laggard&region=53',
    );
    expect(params(actions)).toMatchObject({
      signal: 'regional_laggard',
      region: '53',
    });
    await flushActions(actions, [action], 1);
    const tags = Array.from(
      page().querySelectorAll('tbody bsl-signal-tags li'),
      (li) => li.textContent?.trim(),
    );
    expect(tags).toEqual([
      SIGNAL_LABELS.overdue,
      SIGNAL_LABELS.status_check,
      SIGNAL_LABELS.regional_laggard,
    ]);
    expect(
      page().querySelector<HTMLSelectElement>('#filtre-region')?.value,
    ).toBe('53');
  });

  it('narrows to a person from the row, and lifts it from the tag', async () => {
    await flushActions(await open('/plans/1/actions'), [action], 124);
    expect(status()).toBe('124 actions dans ce projet');
    // No link with filters brought the reader here: the focus stays where it was.
    expect(document.activeElement?.id).not.toBe('resultats-titre');

    const owner = Array.from(page().querySelectorAll('tbody a')).find((a) =>
      a.textContent?.includes('Rita Régulation'),
    );
    required(owner).dispatchEvent(new MouseEvent('click', { button: 0 }));
    let actions = await request('/api/actions');
    expect(params(actions)).toMatchObject({ plan: '1', owner: '5' });
    expect(url()).toBe('/plans/1/actions?owner=5');
    await flushActions(actions, [action], 1);
    const tag = required(
      page().querySelector<HTMLButtonElement>('button.fr-tag--dismiss'),
    );
    expect(tag.textContent?.trim()).toBe('Rita Régulation');

    tag.click();
    actions = await request('/api/actions');
    expect(params(actions)['owner']).toBeUndefined();
    expect(url()).toBe('/plans/1/actions');
    await flushActions(actions, [action], 124);
  });
});

describe('defaultPlanActionsGuard', () => {
  it('sends the header’s "Actions" to the default plan’s list, the query kept', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          {
            path: 'actions',
            pathMatch: 'full',
            canActivate: [defaultPlanActionsGuard],
            children: [],
          },
          { path: 'plans/:planId/actions', children: [] },
        ]),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const router = TestBed.inject(Router);
    const navigation = router.navigateByUrl('/actions?signal=stale');
    (await vi.waitFor(() => http.expectOne('/api/plans'))).flush(summaries);
    await navigation;
    expect(router.url).toBe('/plans/1/actions?signal=stale');
    http.verify();
  });
});
