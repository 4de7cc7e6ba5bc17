import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { CycleCompleteness } from '@boussole/domain';
import { ProgressBarComponent } from '../../../shared/progress-bar.component';
import { countText } from '../cycle-model';
import {
  CompletenessBarsComponent,
  type CompletenessRow,
} from './completeness-bars.component';
import { domainText } from '../../../core/i18n/domain-text';
import {
  CompletenessTableComponent,
  type CompletenessTableRow,
} from './completeness-table.component';

/**
 * "Complétude": the updates the cycle expects, received and missing, overall, by axis and by
 * unit (bars with their figures), by owner and by region (tables).
 */
@Component({
  selector: 'bsl-completeness-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CompletenessBarsComponent,
    CompletenessTableComponent,
    ProgressBarComponent,
  ],
  templateUrl: './completeness-section.component.html',
})
export class CompletenessSectionComponent {
  readonly completeness = input.required<CycleCompleteness>();

  protected readonly text = countText;
  protected readonly overallLabel = $localize`Complétude de la campagne`;

  protected readonly byAxis = computed<CompletenessRow[]>(() =>
    this.completeness().byAxis.map((axis) => ({
      key: String(axis.id),
      label: $localize`Axe ${axis.number}:AXIS:\u00a0: ${axis.title}:TITLE:`,
      count: axis,
    })),
  );
  protected readonly byUnit = computed<CompletenessRow[]>(() =>
    this.completeness().byUnit.map((unit) => ({
      key: unit.code,
      label: `${domainText(unit.name)} (${unit.code})`,
      count: unit,
    })),
  );
  protected readonly byOwner = computed<CompletenessTableRow[]>(() =>
    this.completeness().byOwner.map((owner) => ({
      ...owner,
      key: String(owner.id),
    })),
  );
  protected readonly byRegion = computed<CompletenessTableRow[]>(() =>
    this.completeness().byRegion.map((region) => ({
      ...region,
      key: region.code,
      name: `${region.name} (${region.code})`,
    })),
  );
}
