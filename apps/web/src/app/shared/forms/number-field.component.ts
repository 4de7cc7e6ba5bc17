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
 * A DSFR number field. The value stays the text as typed (in and out), so that a wrong entry can
 * be shown and fixed; parse it in the form's checks (a French decimal comma is the user's right).
 * `unit` follows the input; say it in the hint too.
 */
@Component({
  selector: 'bsl-number-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: FIELD_HOST_STYLES,
  imports: [InputFieldComponent],
  template: `
    <bsl-input-field
      type="number"
      [fieldId]="fieldId()"
      [label]="label()"
      [hint]="hint()"
      [error]="error()"
      [required]="required()"
      [mark]="mark()"
      [disabled]="disabled()"
      [min]="min()"
      [max]="max()"
      [step]="step()"
      [inputmode]="integer() ? 'numeric' : 'decimal'"
      [suffix]="unit()"
      [width]="width()"
      [(value)]="value"
    />
  `,
})
export class NumberFieldComponent extends FieldBase {
  readonly value = model('');
  readonly min = input<number | null>(null);
  readonly max = input<number | null>(null);
  /** 'any' accepts decimals; 1 for whole numbers. */
  readonly step = input<number | 'any'>('any');
  readonly unit = input<string | null>(null);
  readonly width = input<string | null>('20rem');

  protected integer(): boolean {
    return this.step() === 1;
  }
}

/** The typed number, a French decimal comma accepted as well as a point (and spaces between
 * thousands); NaN when it is not one. */
export function parseNumber(text: string): number {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  return normalised === '' ? Number.NaN : Number(normalised);
}
