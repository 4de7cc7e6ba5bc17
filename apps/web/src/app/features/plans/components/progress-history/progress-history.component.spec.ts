import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { PlanProgressHistory } from '@boussole/domain';
import type { LoadState } from '../../../../core/http/load-state';
import { axeViolations } from '../../../../testing/axe';
import { query } from '../../../../testing/query';
import {
  FOUR_AXES,
  HISTORY,
  NO_HISTORY,
  OPEN_CYCLE_PARTLY_VALIDATED,
  aCycleProgress,
} from '../../testing/history';
import { HISTORY_CHART } from './progress-history-model';
import { ProgressHistoryComponent } from './progress-history.component';

@Component({
  imports: [ProgressHistoryComponent],
  template: `<h1>Tableau de bord</h1>
    <bsl-progress-history [state]="state()" [axes]="axes" />`,
})
class HostComponent {
  readonly state = signal<LoadState<PlanProgressHistory>>({
    status: 'loading',
  });
  readonly axes = FOUR_AXES;
}

const clean = (text: string | null | undefined) =>
  (text ?? '').replace(/[ \n\t]+/g, ' ').trim();

async function render(state: LoadState<PlanProgressHistory>) {
  const fixture = TestBed.createComponent(HostComponent);
  fixture.componentInstance.state.set(state);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  return {
    root,
    stable: () => fixture.whenStable(),
    text: () => clean(root.textContent),
    chart: () => root.querySelector('svg[role="img"]'),
    toggle: () => query<HTMLButtonElement>(root, '.fr-accordion__btn'),
    /** The data table: its header cells, and each row's header and cells. */
    table: () => ({
      caption: clean(root.querySelector('table caption')?.textContent),
      head: Array.from(root.querySelectorAll('thead th'), (th) =>
        clean(th.textContent),
      ),
      rows: Array.from(root.querySelectorAll('tbody tr'), (tr) =>
        Array.from(tr.children, (cell) => clean(cell.textContent)),
      ),
    }),
    /** The markers' tooltips, series by series. */
    tips: () =>
      Array.from(
        root.querySelectorAll('svg[role="img"] .bsl-history__series'),
        (series) =>
          Array.from(series.querySelectorAll('title'), (title) =>
            clean(title.textContent),
          ),
      ),
  };
}

const ready = (value: PlanProgressHistory): LoadState<PlanProgressHistory> => ({
  status: 'ready',
  value,
});

/** `62 %` → 62, `37,5 %` → 37.5. */
const figure = (text: string) =>
  Number(text.replace(/\u00a0%$/, '').replace(',', '.'));

describe('ProgressHistoryComponent', () => {
  it('draws one line per axis through its validated figures, and its table gives the same figures', async () => {
    const view = await render(ready(HISTORY));

    expect(query(view.root, 'h2').textContent?.trim()).toBe(
      'Avancement des axes au fil des campagnes validées',
    );
    const chart = view.chart();
    expect(chart?.getAttribute('aria-label')).toBe(
      'Avancement des axes validé de la campagne T1 2025 à la campagne T3 2026. ' +
        'Axe 1\u00a0: de 5\u00a0% (T1 2025) à 62\u00a0% (T3 2026). ' +
        'Axe 2\u00a0: de 3\u00a0% (T1 2025) à 40\u00a0% (T3 2026). ' +
        'Axe 3\u00a0: de 8\u00a0% (T1 2025) à 51\u00a0% (T3 2026). ' +
        'Axe 4\u00a0: de 10\u00a0% (T1 2025) à 55\u00a0% (T3 2026). ' +
        'Le tableau «\u00a0Voir les données du graphique\u00a0» donne toutes les valeurs.',
    );
    // The cycles under the chart, the percentages beside it.
    const ticks = Array.from(
      chart?.querySelectorAll('.bsl-history__tick') ?? [],
      (t) => clean(t.textContent),
    );
    expect(ticks).toEqual([
      '0\u00a0%',
      '25\u00a0%',
      '50\u00a0%',
      '75\u00a0%',
      '100\u00a0%',
      'T1 2025',
      'T2 2025',
      'T3 2025',
      'T4 2025',
      'T1 2026',
      'T2 2026',
      'T3 2026',
    ]);
    // Each line ends with its name and last figure, so that colour is not needed to tell them.
    expect(
      Array.from(chart?.querySelectorAll('.bsl-history__end') ?? [], (t) =>
        clean(t.textContent),
      ),
    ).toEqual([
      'Axe 1 · 62\u00a0%',
      'Axe 2 · 40\u00a0%',
      'Axe 3 · 51\u00a0%',
      'Axe 4 · 55\u00a0%',
    ]);
    const legend = Array.from(
      view.root.querySelectorAll('.bsl-history__legend li'),
      (li) => clean(li.textContent),
    );
    expect(legend).toEqual([
      'Axe 1 – Garantir l’accès aux soins (ronds, trait plein)',
      'Axe 2 – Accompagner la pérennité du système de santé (carrés, tirets)',
      'Axe 3 – Assurer la qualité des soins (triangles, pointillés)',
      'Axe 4 – Améliorer les modes de travail de la DGOS (losanges, trait mixte)',
    ]);
    const dashes = Array.from(
      chart?.querySelectorAll('.bsl-history__line') ?? [],
      (line) => line.getAttribute('stroke-dasharray'),
    );
    expect(dashes).toEqual([null, '8 4', '2 3', '10 3 2 3']);

    const table = view.table();
    expect(table.caption).toBe('Avancement validé de chaque axe, par campagne');
    expect(table.head).toEqual([
      'Campagne',
      'Axe 1',
      'Axe 2',
      'Axe 3',
      'Axe 4',
    ]);
    expect(table.rows).toEqual([
      ['T1 2025', '5\u00a0%', '3\u00a0%', '8\u00a0%', '10\u00a0%'],
      ['T2 2025', '12\u00a0%', '9\u00a0%', '15\u00a0%', 'Non validé'],
      ['T3 2025', '20\u00a0%', '14\u00a0%', '22\u00a0%', '25\u00a0%'],
      ['T4 2025', '28\u00a0%', '21\u00a0%', '30\u00a0%', '31\u00a0%'],
      ['T1 2026', '36\u00a0%', '27\u00a0%', '37,5\u00a0%', '40\u00a0%'],
      ['T2 2026', '45\u00a0%', '33\u00a0%', '44\u00a0%', '48\u00a0%'],
      ['T3 2026', '62\u00a0%', '40\u00a0%', '51\u00a0%', '55\u00a0%'],
    ]);
    expect(
      Array.from(view.root.querySelectorAll('tbody th'), (th) =>
        th.getAttribute('scope'),
      ),
    ).toEqual(Array(7).fill('row'));

    // The chart's points are the table's figures: one marker per validated cell, none for the other.
    const tips = view.tips();
    table.head.slice(1).forEach((axis, column) => {
      const expected = table.rows
        .filter((row) => row[column + 1] !== 'Non validé')
        .map((row) => `${axis}, ${row[0]}\u00a0: ${row[column + 1]}`);
      expect(tips[column]).toEqual(expected);
    });
    // …at the height their figure says (axis 1's round markers, centred on their path's start + 5).
    const { height, bottom, top } = HISTORY_CHART;
    const circles = Array.from(
      chart?.querySelectorAll('.bsl-history__series--1 .bsl-history__marker') ??
        [],
      (marker) => Number(marker.getAttribute('d')?.split(/[ a]/)[1]),
    );
    expect(circles).toEqual(
      table.rows.map((row) => {
        const y =
          height - bottom - (figure(row[1]) / 100) * (height - bottom - top);
        return Math.round(y * 10) / 10;
      }),
    );
    // Axis 4's line is broken where it was not validated.
    const axis4 = chart?.querySelector(
      '.bsl-history__series--4 .bsl-history__line',
    );
    expect(axis4?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(await axeViolations(view.root)).toEqual([]);
  });

  it('hides the data table behind a disclosure button, which opens and closes it', async () => {
    const view = await render(ready(HISTORY));
    const toggle = view.toggle();
    expect(clean(toggle.textContent)).toBe('Voir les données du graphique');
    expect(toggle.closest('h3')).not.toBeNull();
    const panel = query(view.root, `#${toggle.getAttribute('aria-controls')}`);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    expect(panel.querySelector('table')).not.toBeNull();

    toggle.click();
    await view.stable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(await axeViolations(view.root)).toEqual([]);

    toggle.click();
    await view.stable();
    expect(panel.hidden).toBe(true);
  });

  it('counts an open cycle with a validated axis, the other axes left without a figure', async () => {
    const view = await render(
      ready({
        planId: 1,
        cycles: [aCycleProgress(6), OPEN_CYCLE_PARTLY_VALIDATED],
      }),
    );
    expect(view.table().rows).toEqual([
      ['T3 2026', '62\u00a0%', '40\u00a0%', '51\u00a0%', '55\u00a0%'],
      ['T4 2026', '70\u00a0%', 'Non validé', 'Non validé', 'Non validé'],
    ]);
    expect(view.chart()?.getAttribute('aria-label')).toContain(
      'Axe 1\u00a0: de 62\u00a0% (T3 2026) à 70\u00a0% (T4 2026). Axe 2\u00a0: 40\u00a0% (T3 2026).',
    );
  });

  it('says that no cycle has been validated yet, without chart nor table', async () => {
    const notValidated = aCycleProgress(0);
    notValidated.axes = notValidated.axes.map((axis) => ({
      ...axis,
      validated: false,
    }));
    for (const history of [NO_HISTORY, { planId: 1, cycles: [notValidated] }]) {
      const view = await render(ready(history));
      expect(view.text()).toContain(
        'Aucune campagne n’a encore été validée\u00a0: le graphique montrera l’avancement de chaque axe dès la première validation.',
      );
      expect(view.chart()).toBeNull();
      expect(view.root.querySelector('table')).toBeNull();
      expect(await axeViolations(view.root)).toEqual([]);
      TestBed.resetTestingModule();
    }
  });

  it('says so when the validated cycles could not be read', async () => {
    const view = await render({
      status: 'error',
      message: 'Le service est indisponible.',
      httpStatus: 503,
    });
    expect(clean(view.root.querySelector('[role=alert]')?.textContent)).toBe(
      'L’avancement des campagnes validées n’a pas pu être affiché. Le service est indisponible.',
    );
    expect(view.chart()).toBeNull();
  });
});
