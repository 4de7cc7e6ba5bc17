import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DeploymentPayload } from '@boussole/domain';
import { dateTimeText } from '../../../core/i18n/page-format';
import { ProgressBarComponent } from '../../../shared/progress-bar.component';
import { SignalTagsComponent } from '../../../shared/signal-tags.component';
import { StatusBadgeComponent } from '../../../shared/status-badge.component';
import { inRegion } from '../../../shared/region-place';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/**
 * The action × regions grid: each region's météo, progress, narrative, last update and comments,
 * with a button that shows the region's deployment below the grid.
 */
@Component({
  selector: 'bsl-regions-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TableFrameDirective,
    ProgressBarComponent,
    RouterLink,
    SignalTagsComponent,
    StatusBadgeComponent,
  ],
  templateUrl: './regions-grid.component.html',
  styles: `
    .bsl-own > * {
      background-color: var(--background-alt-blue-france) !important;
    }
    .bsl-progress-cell {
      min-width: 9rem;
    }
    .bsl-narrative {
      min-width: 14rem;
    }
    .bsl-nowrap {
      white-space: nowrap;
    }
    .bsl-pre-line {
      white-space: pre-line;
    }
  `,
})
export class RegionsGridComponent {
  /** In display order. */
  readonly deployments = input.required<readonly DeploymentPayload[]>();
  /** The signed-in liaison's region, highlighted. */
  readonly ownRegion = input<string | null>(null);
  /** The region whose deployment is shown below the grid. */
  readonly selected = input<string | null>(null);
  /** Comment counts more recent than the deployments' (after a thread was read or changed). */
  readonly commentCounts = input<ReadonlyMap<string, number>>(new Map());
  /** "Voir la région …": the region's code. */
  readonly view = output<string>();

  protected readonly rows = computed(() => {
    const counts = this.commentCounts();
    return this.deployments().map((deployment) => ({
      ...deployment,
      own: deployment.regionCode === this.ownRegion(),
      shown: deployment.regionCode === this.selected(),
      progressLabel: $localize`Avancement ${inRegion(deployment.regionCode, deployment.regionName)}:PLACE:`,
      updated: dateTimeText(deployment.updatedAt),
      comments: counts.get(deployment.regionCode) ?? deployment.commentCount,
    }));
  });
}
