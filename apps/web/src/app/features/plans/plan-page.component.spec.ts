import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import localeFr from '@angular/common/locales/fr';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { addDays } from '@boussole/domain';
import { required } from '../../testing/query';
import { todayIso } from '../../shared/dates';
import { PlanPageComponent } from './plan-page.component';
import { changes, cycles, plan, rollup, summaries } from './testing/fixtures';
import { NO_HISTORY } from './testing/history';

describe('PlanPageComponent (dashboard)', () => {
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

  /** The request to `url` (without its query string), once the page has sent it. */
  const request = (url: string): Promise<TestRequest> =>
    vi.waitFor(() => http.expectOne((req) => req.url === url));
  const text = () =>
    harness.routeNativeElement?.textContent?.replace(/[\t\n\r ]+/g, ' ') ?? '';
  const page = () => required(harness.routeNativeElement);
  /** Text with its spaces collapsed (no-break spaces kept, as French typography puts them). */
  const flat = (value: string | null | undefined) =>
    (value ?? '').replace(/[\t\n\r ]+/g, ' ').trim();

  async function open(url: string) {
    const navigation = harness.navigateByUrl(url);
    (await request('/api/plans')).flush(summaries);
    (await request('/api/plans/1')).flush(plan);
    await navigation;
    // The validated cycles' chart has its own spec.
    (await request('/api/plans/1/snapshots')).flush(NO_HISTORY);
    const rollupRequest = await request('/api/plans/1/rollup');
    const cyclesRequest = await request('/api/cycles');
    return { rollupRequest, cyclesRequest };
  }

  it('shows the plan, its figures, its axes with every objective, and what changed', async () => {
    const { rollupRequest, cyclesRequest } = await open('/plans/1');
    expect(rollupRequest.request.params.has('asOf')).toBe(false);
    rollupRequest.flush(rollup);
    expect(cyclesRequest.request.params.get('plan')).toBe('1');
    cyclesRequest.flush(cycles);
    const changesRequest = await request('/api/plans/1/changes');
    // The default start is the opening of the latest closed cycle.
    expect(changesRequest.request.params.get('since')).toBe('2020-08-17');
    changesRequest.flush(changes);
    await harness.fixture.whenStable();

    expect(page().querySelectorAll('h1')).toHaveLength(1);
    expect(page().querySelector('h1')?.textContent).toBe(
      'Projet stratégique 2025-2027',
    );
    expect(text()).toContain(
      'Campagne en cours : T4 2026, du 16/11/2026 au 11/12/2026',
    );
    // First, where the plan stands: progress against expected, health and the rule that decided it.
    const standing = required(page().querySelector('bsl-plan-standing'));
    expect(flat(standing.querySelector('h2')?.textContent)).toMatch(
      /^Situation au \d\d\/\d\d\/\d{4} \(aujourd’hui\)$/,
    );
    expect(
      flat(standing.querySelector('.bsl-progress__text')?.textContent),
    ).toBe('42\u00a0% (attendu 55\u00a0%)');
    expect(
      flat(standing.querySelector('.bsl-standing__health')?.textContent),
    ).toBe(
      'État du projet stratégique : À surveiller L’avancement (42\u00a0%) a 13\u00a0points de retard sur l’attendu (55\u00a0%), plus de 10\u00a0points.',
    );
    // Then one tile per axis; the objectives are folded, so only these two bars are drawn.
    const bars = Array.from(page().querySelectorAll('[role="progressbar"]'));
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Avancement du projet stratégique',
      'Avancement de l’axe 1',
    ]);
    expect(bars[0].getAttribute('aria-valuenow')).toBe('42');
    const tile = required(page().querySelector('bsl-axis-tile'));
    const axisLink = tile.querySelector<HTMLAnchorElement>('h3 a');
    expect(axisLink?.getAttribute('href')).toBe('/plans/1/axes/11');
    expect(flat(tile.querySelector('.bsl-tile__health')?.textContent)).toBe(
      'État : À surveiller 16,5\u00a0pts de retard sur l’attendu',
    );
    // The météo mix as a bar, and as a table for screen readers.
    const mix = required(tile.querySelector('table'));
    expect(flat(mix.querySelector('caption')?.textContent)).toBe(
      'Météo des actions de l’axe 1',
    );
    expect(
      Array.from(mix.querySelectorAll('tbody tr'), (tr) =>
        Array.from(tr.children, (cell) => flat(cell.textContent)).join(' | '),
      ),
    ).toEqual([
      'En retard | 3 | 27,3\u00a0%',
      'À surveiller | 2 | 18,2\u00a0%',
      'En bonne voie | 5 | 45,5\u00a0%',
      'Terminée | 1 | 9,1\u00a0%',
    ]);
    expect(
      Array.from(
        tile.querySelectorAll('.bsl-mix__segment'),
        (segment) => segment.textContent,
      ),
    ).toEqual(['3', '2', '5', '1']);
    expect(flat(tile.querySelector('.bsl-tile__change')?.textContent)).toBe(
      'Depuis le 17/08/2020 : 1 action dégradée',
    );
    const links = () =>
      Array.from(page().querySelectorAll<HTMLAnchorElement>('a'), (a) =>
        a.getAttribute('href'),
      );
    expect(links()).toContain('/plans/1/actions?axis=11&signal=overdue');
    expect(flat(tile.textContent)).toContain('3 actions à échéance dépassée');

    // The actions that got worse, with their from → to.
    const worse = required(page().querySelector('bsl-worsened-actions'));
    expect(flat(worse.querySelector('h2')?.textContent)).toBe(
      'Actions dégradées depuis le 17/08/2020',
    );
    expect(flat(worse.querySelector('li')?.textContent)).toBe(
      '1.1.1\u00a0Déployer les médecins solidairesMétéo : De En bonne voie → à En retard ▼ (dégradation)Avancement : De 20\u00a0% → à 35\u00a0% ▲\u00a015\u00a0pts (en hausse de 15\u00a0points)',
    );

    // The objectives, folded: drawn once their axis is opened.
    expect(text()).not.toContain('Décliner le Pacte d’accès aux soins');
    const toggle = required(
      page().querySelector<HTMLButtonElement>('bsl-axis-details button'),
    );
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(flat(toggle.textContent)).toBe(
      'Axe 1 – Garantir l’accès aux soins (2 objectifs)',
    );
    toggle.click();
    await harness.fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(text()).toContain('Décliner le Pacte d’accès aux soins');
    expect(text()).toContain('Aller vers les territoires');
    expect(text()).toContain('Non calculé'); // objective 1.2 has no counted action
    expect(text()).toContain(
      '3 en retard, 2 à surveiller, 5 en bonne voie, 1 terminée',
    );
    expect(links()).toContain('/plans/1/actions?axis=11&signal=stale');
    expect(text()).toContain('4 actions à mettre à jour');
    expect(
      Array.from(page().querySelectorAll('[role="progressbar"]'), (bar) =>
        bar.getAttribute('aria-label'),
      ),
    ).toEqual([
      'Avancement du projet stratégique',
      'Avancement de l’axe 1',
      'Avancement de l’objectif 1.1',
      'Avancement de l’objectif 1.2',
    ]);

    // "Ce qui a changé": each change with its direction and size.
    const changed = required(
      page().querySelector('section[aria-labelledby="changements-titre"]'),
    );
    const row = Array.from(changed.querySelectorAll('tbody tr td'), (td) =>
      flat(td.textContent),
    );
    expect(row.slice(0, 3)).toEqual([
      '1.1.1 Déployer les médecins solidaires',
      'De En bonne voie → à En retard ▼ (dégradation)',
      'De 20\u00a0% → à 35\u00a0% ▲\u00a015\u00a0pts (en hausse de 15\u00a0points)',
    ]);
    expect(row[3]).toBe('20/11/2026 à 10:30');
    expect(row[4]).toBe('Paul Financement');
    expect(links()).toContain('/actions/101');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Projet stratégique 2025-2027 – Boussole',
    );
  });

  it('shows the figures as of a past date, says so, and comes back to today', async () => {
    const { rollupRequest, cyclesRequest } = await open(
      '/plans/1?asOf=2026-09-01',
    );
    expect(rollupRequest.request.params.get('asOf')).toBe('2026-09-01');
    rollupRequest.flush({ ...rollup, asOf: '2026-09-01' });
    // Without cycles, "what changed" looks 30 days back.
    cyclesRequest.flush(
      { statusCode: 500, error: 'Error', message: 'Panne.' },
      { status: 500, statusText: 'Error' },
    );
    const changesRequest = await request('/api/plans/1/changes');
    expect(changesRequest.request.params.get('since')).toBe(
      addDays(todayIso(), -30),
    );
    changesRequest.flush({ since: addDays(todayIso(), -30), changes: [] });
    await harness.fixture.whenStable();

    expect(text()).toContain('Situation au 01/09/2026');
    expect(text()).toContain('Aucun changement depuis le');
    const input = page().querySelector<HTMLInputElement>('#situation-au');
    expect(
      page().querySelector('label[for="situation-au"]')?.textContent,
    ).toContain('Situation au');
    expect(input?.value).toBe('2026-09-01');

    const back = Array.from(page().querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Revenir à aujourd’hui'),
    );
    required(back).click();
    const again = await request('/api/plans/1/rollup');
    expect(again.request.params.has('asOf')).toBe(false);
    again.flush(rollup);
    await harness.fixture.whenStable();
    expect(text()).not.toContain('Revenir à aujourd’hui');
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
    // The roll-up, the validated cycles and the cycles are asked for alongside the plan.
    (await request('/api/plans/99/snapshots')).flush(
      {
        statusCode: 404,
        error: 'Not Found',
        message: 'Projet stratégique introuvable.',
      },
      { status: 404, statusText: 'Not Found' },
    );
    (await request('/api/cycles')).flush([]);
    (await request('/api/plans/99/rollup')).flush(
      {
        statusCode: 404,
        error: 'Not Found',
        message: 'Projet stratégique introuvable.',
      },
      { status: 404, statusText: 'Not Found' },
    );
    await harness.fixture.whenStable();

    const alert = page().querySelector('.fr-alert--error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Projet stratégique introuvable.');
  });
});
