import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { PlanChanges, PlanProgressHistory } from '@boussole/domain';
import { axeViolations } from '../../../testing/axe';
import { openPage, type PageView } from '../../../testing/page';
import { query } from '../../../testing/query';
import { PlanPageComponent } from '../plan-page.component';
import { changes, cycles, plan, rollup, summaries } from '../testing/fixtures';
import {
  FOUR_AXES,
  HISTORY,
  NO_HISTORY,
  OPEN_CYCLE_PARTLY_VALIDATED,
} from '../testing/history';

const PLAN = { ...plan, axes: FOUR_AXES };

const SINCE_T3_2026: PlanChanges = {
  since: '2026-09-25',
  sinceCycle: { id: 107, label: 'T3 2026', frozenAt: '2026-09-25T16:00:00Z' },
  changes: [
    {
      ...changes.changes[0],
      before: { status: 'at_risk', progress: 60 },
      after: { status: 'on_track', progress: 75 },
    },
    {
      ...changes.changes[0],
      actionId: 205,
      code: '2.1.1',
      title: 'Ajuster les capacités de formation',
      before: null,
      after: { status: 'not_started', progress: 0 },
      changedAt: null,
      author: null,
    },
  ],
};

describe('"Ce qui a changé" since the validated cycle', () => {
  let view: PageView;

  afterEach(() => view.http.verify());

  /** The dashboard at `url`, the plan's requests answered, "what changed" left to the test. */
  async function open(url: string, history: PlanProgressHistory = HISTORY) {
    view = await openPage(url, [
      { path: 'plans/:id', component: PlanPageComponent },
    ]);
    (await view.request('/api/plans')).flush(summaries);
    (await view.request('/api/plans/1')).flush(PLAN);
    await view.navigation;
    (await view.request('/api/plans/1/snapshots')).flush(history);
    (await view.request('/api/plans/1/rollup')).flush(rollup);
    (await view.request('/api/cycles')).flush(cycles);
    await view.stable();
  }

  const changesRequest = () => view.request('/api/plans/1/changes');
  const radio = (id: string) => query<HTMLInputElement>(view.page(), `#${id}`);
  const labelOf = (id: string) =>
    query(view.page(), `label[for="${id}"]`)
      .textContent?.replace(/[ \n\t]+/g, ' ')
      .trim();
  const section = () =>
    query(view.page(), 'section[aria-labelledby="changements-titre"]');
  const rows = () =>
    Array.from(section().querySelectorAll('tbody tr'), (tr) =>
      Array.from(tr.children, (cell) =>
        cell.textContent?.replace(/[ \n\t]+/g, ' ').trim(),
      ).join(' | '),
    );
  const url = () => TestBed.inject(Router).url;

  it('compares with the latest validated cycle by default, offers a date beside it, and the cycle again', async () => {
    await open('/plans/1');
    const first = await changesRequest();
    // The previous review by default: what the latest validated cycle froze.
    expect(first.request.urlWithParams).toBe(
      '/api/plans/1/changes?sinceCycle=107',
    );
    first.flush(SINCE_T3_2026);
    await view.stable();

    const fieldset = query(view.page(), 'fieldset#comparaison');
    expect(fieldset.getAttribute('aria-labelledby')).toBe(
      'comparaison-legende',
    );
    expect(labelOf('depuis-campagne')).toBe(
      'Depuis la campagne T3 2026 validée Avec l’état figé lors de sa validation.',
    );
    expect(labelOf('depuis-date')).toBe('Depuis une date');
    expect(radio('depuis-campagne').checked).toBe(true);
    expect(radio('depuis-date').checked).toBe(false);
    // The date does not apply: its field is not there.
    expect(view.page().querySelector('#depuis-le')).toBeNull();
    expect(
      section()
        .querySelector('caption')
        ?.textContent?.replace(/[ \n\t]+/g, ' ')
        .trim(),
    ).toBe(
      'Actions dont la météo ou l’avancement a changé depuis la campagne T3 2026 validée (état figé le 25/09/2026 à 18:00)',
    );
    expect(rows()).toEqual([
      '1.1.1 Déployer les médecins solidaires | De À surveiller → à En bonne voie ▲ (amélioration) | De 60\u00a0% → à 75\u00a0% ▲\u00a015\u00a0pts (en hausse de 15\u00a0points) | 20/11/2026 à 10:30 | Paul Financement',
      '2.1.1 Ajuster les capacités de formation | Nouvelle action : Non démarrée | 0\u00a0% | – | –',
    ]);
    expect(await axeViolations(view.page())).toEqual([]);

    // A date: the opening of the previous cycle, put in the URL.
    radio('depuis-date').click();
    await view.stable();
    expect(url()).toBe('/plans/1?since=2020-08-17');
    const dated = await changesRequest();
    expect(dated.request.urlWithParams).toBe(
      '/api/plans/1/changes?since=2020-08-17',
    );
    dated.flush(changes);
    await view.stable();
    expect(radio('depuis-date').checked).toBe(true);
    expect(radio('depuis-le').value).toBe('2020-08-17');

    // And the cycle again.
    radio('depuis-campagne').click();
    await view.stable();
    expect(url()).toBe('/plans/1?sinceCycle=107');
    const again = await changesRequest();
    expect(again.request.urlWithParams).toBe(
      '/api/plans/1/changes?sinceCycle=107',
    );
    again.flush(SINCE_T3_2026);
    await view.stable();
    expect(radio('depuis-campagne').checked).toBe(true);
  });

  it('reads the cycle from the URL, names it from the history, and a date chosen replaces it', async () => {
    await open('/plans/1?sinceCycle=103');
    const request = await changesRequest();
    expect(request.request.urlWithParams).toBe(
      '/api/plans/1/changes?sinceCycle=103',
    );
    request.flush({
      since: '2025-09-26',
      sinceCycle: {
        id: 103,
        label: 'T3 2025',
        frozenAt: '2025-09-26T15:00:00Z',
      },
      changes: [],
    });
    await view.stable();

    expect(radio('depuis-campagne').checked).toBe(true);
    expect(labelOf('depuis-campagne')).toContain(
      'Depuis la campagne T3 2025 validée',
    );
    expect(section().textContent).toContain(
      'Aucun changement depuis la campagne T3 2025 validée.',
    );

    radio('depuis-date').click();
    await view.stable();
    (await changesRequest()).flush(changes);
    await view.stable();
    const date = radio('depuis-le');
    date.value = '2026-10-01';
    date.dispatchEvent(new Event('change'));
    await view.stable();
    expect(url()).toBe('/plans/1?since=2026-10-01');
    const dated = await changesRequest();
    expect(dated.request.urlWithParams).toBe(
      '/api/plans/1/changes?since=2026-10-01',
    );
    dated.flush({ since: '2026-10-01', changes: [] });
    await view.stable();
    expect(section().textContent).toContain(
      'Aucun changement depuis le 01/10/2026.',
    );
  });

  it('shows the API’s French refusal when the cycle froze nothing', async () => {
    await open('/plans/1?sinceCycle=9', { planId: 1, cycles: [] });
    (await changesRequest()).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'La campagne T4 2026 n’a encore aucun axe validé.',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await view.stable();
    const alert = query(section(), '.fr-alert--error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent?.replace(/[ \n\t]+/g, ' ').trim()).toBe(
      'Les changements n’ont pas pu être affichés. La campagne T4 2026 n’a encore aucun axe validé.',
    );
    // Unknown to the history, the cycle is not offered by name; a date remains possible.
    expect(view.page().querySelector('#depuis-campagne')).toBeNull();
  });

  it('compares with an open cycle as soon as one axis is validated, saying which axes are compared', async () => {
    await open('/plans/1', {
      ...HISTORY,
      cycles: [...HISTORY.cycles, OPEN_CYCLE_PARTLY_VALIDATED],
    });
    const request = await changesRequest();
    expect(request.request.urlWithParams).toBe(
      '/api/plans/1/changes?sinceCycle=9',
    );
    request.flush({
      since: '2026-11-20',
      sinceCycle: { id: 9, label: 'T4 2026', frozenAt: '2026-11-20T10:00:00Z' },
      changes: [],
    });
    await view.stable();
    expect(labelOf('depuis-campagne')).toBe(
      'Depuis la campagne T4 2026 validée Seul l’axe 1 a été validé pour cette campagne\u00a0: les autres axes ne sont pas comparés.',
    );
    expect(radio('depuis-campagne').checked).toBe(true);
    expect(section().textContent).toContain(
      'Aucun changement depuis la campagne T4 2026 validée.',
    );
  });

  it('offers only a date while no cycle has been validated', async () => {
    await open('/plans/1', NO_HISTORY);
    (await changesRequest()).flush(changes);
    await view.stable();
    expect(view.page().querySelector('fieldset#comparaison')).toBeNull();
    expect(radio('depuis-le').value).toBe('2020-08-17');
  });
});
