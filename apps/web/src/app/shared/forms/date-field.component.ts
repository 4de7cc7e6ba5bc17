import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';
import { FieldBase } from './field-base';
import { FIELD_HOST_STYLES } from './field-parts';
import { InputFieldComponent } from './input-field.component';

/**
 * A DSFR date field: the browser's date picker, the value an ISO day (`2026-11-24`, '' when empty)
 * in and out. Check it with `isPlausibleDate` (shared/dates.ts) and say "JJ/MM/AAAA" in messages.
 */
@Component({
  selector: 'bsl-date-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: FIELD_HOST_STYLES,
  imports: [InputFieldComponent],
  template: `
    <bsl-input-field
      type="date"
      [fieldId]="fieldId()"
      [label]="label()"
      [hint]="hint()"
      [error]="error()"
      [required]="required()"
      [mark]="mark()"
      [disabled]="disabled()"
      [min]="min()"
      [max]="max()"
      [(value)]="value"
    />
  `,
})
export class DateFieldComponent extends FieldBase {
  readonly value = model('');
  /** The earliest and latest days offered (ISO), if any. */
  readonly min = input<string | null>(null);
  readonly max = input<string | null>(null);
}
