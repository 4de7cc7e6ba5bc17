import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { ImportPlan } from '@boussole/domain';
import { countText } from '../../../core/i18n/page-format';
import { groupChanges, valueText } from './import-model';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/**
 * A dry run's details: what the file creates, what it changes (each field before → after), kind
 * by kind, and its errors with the cell each one is about.
 */
@Component({
  selector: 'bsl-import-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective],
  templateUrl: './import-preview.component.html',
})
export class ImportPreviewComponent {
  readonly plan = input.required<ImportPlan>();

  protected readonly creations = computed(() =>
    groupChanges(this.plan(), 'create'),
  );
  protected readonly modifications = computed(() =>
    groupChanges(this.plan(), 'change'),
  );
  protected readonly value = valueText;
  protected readonly errorCount = computed(() =>
    countText(this.plan().errors.length, $localize`erreur`, $localize`erreurs`),
  );
}
