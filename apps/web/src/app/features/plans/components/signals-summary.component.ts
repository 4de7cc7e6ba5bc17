import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  ACTION_LIST_SIGNALS,
  SIGNAL_KINDS,
  SIGNAL_LABELS,
  type ActionListSignal,
  type PlanRollup,
  type SignalKind,
} from '@boussole/domain';
import { domainText } from '../../../core/i18n/domain-text';
import { numberText } from '../../../core/i18n/page-format';
import {
  actionsListLink,
  type ActionsListLink,
} from '../../../shared/action-list/actions-list-link';

const isActionSignal = (kind: SignalKind): kind is ActionListSignal =>
  (ACTION_LIST_SIGNALS as readonly string[]).includes(kind);

/**
 * "Signaux": how many of each kind in the plan and, for the signals of actions, links to the
 * plan's list of actions filtered on that signal, in all and per axis.
 */
@Component({
  selector: 'bsl-signals-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h2 class="fr-h5 fr-mb-1w" id="signaux-titre" i18n>Signaux</h2>
    @if (rows().length > 0) {
      <ul class="fr-mb-2w fr-text--sm">
        @for (row of rows(); track row.kind) {
          <li>
            @if (row.link; as link) {
              <a
                class="fr-link"
                [routerLink]="link.commands"
                [queryParams]="link.queryParams"
                i18n
                >{{ row.label // i18n(ph="LABEL") }} :
                <strong>{{ row.count // i18n(ph="COUNT") }}</strong></a
              >
            } @else {
              <ng-container i18n
                >{{ row.label // i18n(ph="LABEL") }} :
                <strong>{{
                  row.count // i18n(ph="COUNT")
                }}</strong></ng-container
              >
            }
            @if (row.axes.length > 0) {
              –
              @for (axis of row.axes; track axis.id; let last = $last) {
                <a
                  class="fr-link fr-link--sm"
                  [routerLink]="axis.link.commands"
                  [queryParams]="axis.link.queryParams"
                  i18n
                  >Axe {{ axis.number // i18n(ph="NUMBER") }} ({{
                    axis.count // i18n(ph="COUNT")
                  }})</a
                >{{ last ? '' : ', ' }}
              }
            }
          </li>
        }
      </ul>
    } @else {
      <p class="fr-text--sm" i18n>
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
        const signal = isActionSignal(kind) ? kind : null;
        const link: ActionsListLink | null = signal
          ? actionsListLink(this.planId(), { signal })
          : null;
        return {
          kind,
          label: domainText(SIGNAL_LABELS[kind]),
          count: numberText(plan.signals[kind]),
          link,
          axes: signal
            ? axes
                .filter((axis) => (axis.signals[kind] ?? 0) > 0)
                .map((axis) => ({
                  id: axis.id,
                  number: axis.number,
                  count: numberText(axis.signals[kind]),
                  link: actionsListLink(this.planId(), {
                    axis: axis.id,
                    signal,
                  }),
                }))
            : [],
        };
      },
    );
  });
}
