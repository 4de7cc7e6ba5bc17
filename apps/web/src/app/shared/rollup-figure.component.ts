import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  healthExplanation,
  SIGNAL_KINDS,
  type RollupNodePayload,
  type SignalKind,
} from '@boussole/domain';
import type { ExplainSource } from '../features/plans/rollup.api';
import { ExplainComponent } from './explain.component';
import { HealthBadgeComponent } from './health-badge.component';
import { ProgressBarComponent } from './progress-bar.component';
import { SignalTagsComponent } from './signal-tags.component';
import { StatusCountsComponent } from './status-counts.component';

/**
 * A roll-up node's figures: progress against expected progress, health, and (unless `compact`)
 * the counts by status and the signals; always with "Comment est-ce calculé ?".
 */
@Component({
  selector: 'bsl-rollup-figure',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ExplainComponent,
    HealthBadgeComponent,
    ProgressBarComponent,
    SignalTagsComponent,
    StatusCountsComponent,
  ],
  styles: `
    .bsl-figure__row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem 1rem;
    }
    .bsl-figure__bar {
      flex: 1 1 12rem;
      max-width: 32rem;
    }
  `,
  template: `
    @let current = node();
    <div class="bsl-figure__row">
      <bsl-progress-bar
        class="bsl-figure__bar"
        [value]="current.progress"
        [expected]="current.expectedProgress"
        [label]="figure()"
      />
      <p class="fr-mb-1w">
        <span class="fr-sr-only" i18n>État : </span>
        <bsl-health-badge [health]="current.health" />
      </p>
    </div>
    @if (!compact()) {
      <bsl-status-counts [counts]="current.counts" />
      <bsl-signal-tags [kinds]="kinds" [counts]="current.signals" />
    }
    <bsl-explain
      [source]="source()"
      [node]="current"
      [figure]="figure()"
      [progress]="current.progress"
      [health]="health()"
    />
  `,
})
export class RollupFigureComponent {
  readonly node = input.required<RollupNodePayload>();
  /** What the figure is, e.g. "Avancement de l’axe 1". */
  readonly figure = input.required<string>();
  readonly compact = input(false);
  /** Where "Comment est-ce calculé ?" fetches the node's lists: the roll-up carries none. */
  readonly source = input<ExplainSource | null>(null);

  protected readonly kinds: readonly SignalKind[] = SIGNAL_KINDS;
  protected readonly health = computed(() => healthExplanation(this.node()));
}
