import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  SIGNAL_KINDS,
  SIGNAL_LABELS,
  formatNumberFr,
  type PlanRollup,
  type SignalKind,
} from '@boussole/domain';

/** The filters of the axis page that list the actions behind a signal. */
const FILTERS: Partial<Record<SignalKind, Record<string, string>>> = {
  overdue: { overdue: 'true' },
  stale: { stale: 'true' },
};

/** "Signaux": how many of each kind in the plan and, for late and stale actions, a link per axis. */
@Component({
  selector: 'bsl-signals-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h3 class="fr-h6 fr-mb-1w">Signaux</h3>
    @if (rows().length > 0) {
      <ul class="fr-mb-2w">
        @for (row of rows(); track row.kind) {
          <li>
            {{ row.label }} : <strong>{{ row.count }}</strong>
            @if (row.axes.length > 0) {
              –
              @for (axis of row.axes; track axis.id; let last = $last) {
                <a
                  class="fr-link fr-link--sm"
                  [routerLink]="axis.link"
                  [queryParams]="axis.query"
                  >Axe {{ axis.number }} ({{ axis.count }})</a
                >{{ last ? '' : ', ' }}
              }
            }
          </li>
        }
      </ul>
    } @else {
      <p class="fr-text--sm">
        Aucun signal : rien ne demande d’attention particulière.
      </p>
    }
  `,
})
export class SignalsSummaryComponent {
  readonly rollup = input.required<PlanRollup>();
  readonly planId = input.required<number | string>();

  protected readonly rows = computed(() => {
    const { plan, axes } = this.rollup();
    return SIGNAL_KINDS.filter((kind) => (plan.signals[kind] ?? 0) > 0).map(
      (kind) => {
        const query = FILTERS[kind];
        return {
          kind,
          label: SIGNAL_LABELS[kind],
          count: formatNumberFr(plan.signals[kind]),
          axes: query
            ? axes
                .filter((axis) => (axis.signals[kind] ?? 0) > 0)
                .map((axis) => ({
                  id: axis.id,
                  number: axis.number,
                  count: formatNumberFr(axis.signals[kind]),
                  link: ['/plans', this.planId(), 'axes', axis.id],
                  query,
                }))
            : [],
        };
      },
    );
  });
}
