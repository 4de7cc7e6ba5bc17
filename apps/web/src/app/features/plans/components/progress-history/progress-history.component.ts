import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
} from '@angular/core';
import type { PlanProgressHistory } from '@boussole/domain';
import type { LoadState } from '../../../../core/http/load-state';
import { LoadBlockComponent } from '../../../../shared/load-block.component';
import {
  HISTORY_CHART,
  buildHistory,
  type AxisName,
} from './progress-history-model';
import { markerPath } from './series-styles';
import { TableFrameDirective } from '../../../../shared/table-frame.directive';

let nextId = 0;

/**
 * "Avancement des axes au fil des campagnes validées": one line per axis through the progress
 * its validations froze, drawn in SVG, with the same figures in a table for screen readers and
 * for anyone who wants the numbers ("Voir les données du graphique").
 */
@Component({
  selector: 'bsl-progress-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective, LoadBlockComponent],
  templateUrl: './progress-history.component.html',
  styleUrl: './progress-history.component.css',
})
export class ProgressHistoryComponent {
  /** `GET /api/plans/:id/snapshots`, as it loads. */
  readonly state = input.required<LoadState<PlanProgressHistory>>();
  /** The plan's axes, for their titles in the legend. */
  readonly axes = input.required<readonly AxisName[]>();

  protected readonly id = `bsl-historique-axes-${++nextId}`;
  protected readonly size = HISTORY_CHART;
  protected readonly marker = markerPath;
  protected readonly open = signal(false);

  protected readonly model = computed(() => {
    const state = this.state();
    return state.status === 'ready'
      ? buildHistory(state.value, this.axes())
      : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
}
