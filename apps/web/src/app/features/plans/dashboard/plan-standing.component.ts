import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  healthExplanation,
  healthWhy,
  type IsoDate,
  type RollupNodePayload,
} from '@boussole/domain';
import { domainText } from '../../../core/i18n/domain-text';
import { ExplainComponent } from '../../../shared/explain.component';
import { HealthBadgeComponent } from '../../../shared/health-badge.component';
import { ProgressBarComponent } from '../../../shared/progress-bar.component';
import type { ExplainSource } from '../rollup.api';

/**
 * Where the whole plan stands, first on the dashboard: its progress against the progress expected
 * at this date, its health and the rule of DESIGN §3 that decided it, and how it is computed.
 * The heading given as content goes above the bar.
 */
@Component({
  selector: 'bsl-plan-standing',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ExplainComponent, HealthBadgeComponent, ProgressBarComponent],
  styles: `
    .bsl-standing {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
      align-items: flex-start;
    }
    .bsl-standing__progress {
      flex: 1 1 16rem;
      max-width: 28rem;
    }
    .bsl-standing__health {
      flex: 2 1 20rem;
      margin: 0;
    }
    @media (min-width: 48em) {
      /* Beside the bar, level with it (under the heading of the left column). */
      .bsl-standing__health {
        padding-top: 2.25rem;
      }
    }
  `,
  template: `
    @let current = node();
    <div class="bsl-standing">
      <div class="bsl-standing__progress">
        <ng-content />
        <bsl-progress-bar
          [value]="current.progress"
          [expected]="current.expectedProgress"
          label="Avancement du projet stratégique"
          i18n-label
        />
        <bsl-explain
          [source]="source()"
          [node]="current"
          figure="Avancement du projet stratégique"
          i18n-figure
          [progress]="current.progress"
          [health]="health()"
        />
      </div>
      <p class="bsl-standing__health fr-text--sm">
        <span class="fr-sr-only" i18n>État du projet stratégique : </span>
        <bsl-health-badge [health]="current.health" />
        @if (why(); as why) {
          <span class="bsl-standing__why"> {{ why }}</span>
        }
      </p>
    </div>
  `,
})
export class PlanStandingComponent {
  /** The roll-up's `plan` node: its id is the plan's. */
  readonly node = input.required<RollupNodePayload>();
  /** The date the roll-up's figures are as of. */
  readonly asOf = input.required<IsoDate>();

  protected readonly source = computed(
    (): ExplainSource => ({
      planId: this.node().id,
      node: 'plan',
      asOf: this.asOf(),
    }),
  );

  /** « l’avancement (42 %) a 13 points de retard sur l’attendu (55 %), plus de 10 points. » */
  protected readonly why = computed(() => {
    const why = domainText(healthWhy(this.node()));
    return why ? why.charAt(0).toUpperCase() + why.slice(1) : null;
  });
  protected readonly health = computed(() => healthExplanation(this.node()));
}
