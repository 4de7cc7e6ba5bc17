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
import type { ActionListItem } from '@boussole/domain';
import { required } from '../../testing/query';
import { action, plan, rollup } from '../plans/testing/fixtures';
import { AxisPageComponent } from './axis-page.component';

describe('AxisPageComponent', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    registerLocaleData(localeFr);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            {
              path: 'plans/:planId/axes/:axisId',
              component: AxisPageComponent,
            },
          ],
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

  async function open(path: string): Promise<TestRequest> {
    const navigation = harness.navigateByUrl(path);
    (await request('/api/plans/1')).flush(plan);
    (await request('/api/plans/1/rollup')).flush(rollup);
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

  it('shows the axis, its figures, its objectives and the filtered page of its actions', async () => {
    const actions = await open(
      '/plans/1/axes/11?overdue=true&sort=-dueDate&page=2',
    );
    expect(params(actions)).toEqual({
      axis: '11',
      signal: 'overdue',
      sort: '-dueDate',
      page: '2',
      pageSize: '20',
    });
    await flushActions(actions, [action], 45);

    expect(page().querySelectorAll('h1')).toHaveLength(1);
    expect(page().querySelector('h1')?.textContent?.trim()).toBe(
      'Axe 1 – Garantir l’accès aux soins',
    );
    expect(text()).toContain('Projets stratégiques');
    expect(
      page()
        .querySelector('[aria-label="Avancement de l’axe 1"]')
        ?.getAttribute('aria-valuenow'),
    ).toBe('38.5');
    expect(text()).toContain('Objectif 1.1');
    expect(text()).toContain('45 actions correspondant à ces critères');
    expect(
      page().querySelector<HTMLInputElement>('#filtre-signal-overdue')?.checked,
    ).toBe(true);

    const cells = Array.from(
      page().querySelectorAll('tbody tr th, tbody tr td'),
      (cell) => cell.textContent?.replace(/[\t\n\r ]+/g, ' ').trim(),
    );
    expect(cells).toEqual([
      '1.1.1 Déployer les médecins solidaires',
      'En retard déclarée : En bonne voie',
      '40\u00a0% attendu 100\u00a0%',
      '\u221260\u00a0points',
      '30/06/2026',
      'R',
      'Rita Régulation : ne voir que ses actions',
      '02/10/2026 à 10:00',
      'Échéance dépassée Météo à vérifier',
    ]);
    const due = Array.from(page().querySelectorAll('th')).find((th) =>
      th.textContent?.includes('Échéance'),
    );
    expect(due?.getAttribute('aria-sort')).toBe('descending');
    expect(page().querySelector('caption')?.textContent).toContain(
      'page 2 sur 3',
    );
    expect(
      page().querySelector('.fr-pagination [aria-current="page"]')?.textContent,
    ).toBe('2');
  });

  it('explains the axis and each objective with their own lists, fetched once opened', async () => {
    await flushActions(await open('/plans/1/axes/11'), [action], 1);
    const explainButton = (figure: string) =>
      required(
        Array.from(
          page().querySelectorAll<HTMLButtonElement>('bsl-explain > button'),
        ).find((button) => button.textContent?.includes(`(${figure})`)),
      );
    for (const [figure, node] of [
      ['Avancement de l’axe 1', 'axis:11'],
      ['Avancement de l’objectif 1.2', 'objective:22'],
    ]) {
      explainButton(figure).click();
      await harness.fixture.whenStable();
      const explain = await request('/api/plans/1/rollup/explain');
      expect(params(explain)).toEqual({
        node,
        asOf: rollup.asOf,
        page: '1',
        pageSize: '50',
      });
      explain.flush({
        node,
        asOf: rollup.asOf,
        counted: [{ actionId: 101, code: '1.1.1', weight: 1, progress: 42 }],
        excluded: [],
        countedTotal: 1,
        excludedTotal: 0,
        page: 1,
        pageSize: 50,
      });
      await harness.fixture.whenStable();
    }
    expect(page().querySelectorAll('bsl-explain tbody tr')).toHaveLength(2);
  });

  it('puts filters, sort and search in the URL and asks the API again', async () => {
    await flushActions(await open('/plans/1/axes/11'), [action], 1);

    const status = page().querySelector<HTMLSelectElement>('#filtre-meteo');
    required(status).value = 'at_risk';
    required(status).dispatchEvent(new Event('change'));
    let actions = await request('/api/actions');
    expect(params(actions)).toMatchObject({
      axis: '11',
      status: 'at_risk',
      page: '1',
    });
    expect(url()).toBe('/plans/1/axes/11?status=at_risk');
    await flushActions(actions, [action], 1);

    const code = Array.from(page().querySelectorAll('th button')).find((b) =>
      b.textContent?.includes('Action'),
    );
    required(code).dispatchEvent(new MouseEvent('click'));
    actions = await request('/api/actions');
    expect(params(actions)).toMatchObject({ status: 'at_risk', sort: '-code' });
    expect(url()).toBe('/plans/1/axes/11?status=at_risk&sort=-code');
    await flushActions(actions, [action], 1);

    const search = required(
      page().querySelector<HTMLInputElement>('#filtre-recherche'),
    );
    search.value = 'pacte';
    search.dispatchEvent(new Event('input'));
    actions = await request('/api/actions'); // after the debounce
    expect(params(actions)).toMatchObject({
      q: 'pacte',
      status: 'at_risk',
      sort: '-code',
    });
    expect(url()).toContain('q=pacte');
    await flushActions(actions, [], 0);
    expect(text()).toContain('Aucune action ne correspond à ces critères.');
    expect(text()).toContain('0 action correspondant à ces critères');
  });
});
