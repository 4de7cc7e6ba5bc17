import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { STATUSES, STATUS_LABELS, type Status } from '@boussole/domain';
import { domainText } from '../../core/i18n/domain-text';
import { FieldBase } from './field-base';
import { RadioGroupComponent } from './radio-group.component';
import type { FieldOption } from './select-field.component';

const STATUS_OPTIONS: readonly FieldOption<Status>[] = STATUSES.map(
  (status) => ({ value: status, label: domainText(STATUS_LABELS[status]) }),
);

/**
 * The météo radios of an action or a deployment: the six statuses with their labels, side
 * by side (radio ids `<fieldId>-on_track`…). The value is the chosen status, null before a choice.
 */
@Component({
  selector: 'bsl-status-radios',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RadioGroupComponent],
  template: `
    <bsl-radio-group
      [fieldId]="fieldId()"
      [label]="label()"
      [hint]="hint()"
      [error]="error()"
      [required]="required()"
      [mark]="mark()"
      [disabled]="disabled()"
      [options]="options"
      [value]="value()"
      (valueChange)="choose($event)"
    />
  `,
})
export class StatusRadiosComponent extends FieldBase {
  readonly value = model<Status | null>(null);
  protected readonly options = STATUS_OPTIONS;

  protected choose(value: string | null): void {
    this.value.set(STATUSES.find((status) => status === value) ?? null);
  }
}
