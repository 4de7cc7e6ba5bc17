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
 * be shown and fixed: read it with `parseNumber` in the form's checks, which keep the range too.
 * The input is a text one with a numeric keyboard, not `type=number`: that one silently empties a
 * French decimal comma ("2,5") in most browsers, which is the user's right. `unit` follows the
 * input; say it in the hint too.
 */
@Component({
  selector: 'bsl-number-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: FIELD_HOST_STYLES,
  imports: [InputFieldComponent],
  template: `
    <bsl-input-field
      [fieldId]="fieldId()"
      [label]="label()"
      [hint]="hint()"
      [error]="error()"
      [required]="required()"
      [mark]="mark()"
      [disabled]="disabled()"
      [inputmode]="integer() ? 'numeric' : 'decimal'"
      [spellcheck]="false"
      autocomplete="off"
      [suffix]="unit()"
      [width]="width()"
      [(value)]="value"
    />
  `,
})
export class NumberFieldComponent extends FieldBase {
  readonly value = model('');
  /** A whole number is expected: the numeric keyboard, without a decimal separator. */
  readonly integer = input(false);
  readonly unit = input<string | null>(null);
  readonly width = input<string | null>('20rem');
}

/** The typed number, a French decimal comma accepted as well as a point (and spaces between
 * thousands); NaN when it is not one. */
export function parseNumber(text: string): number {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  return normalised === '' ? Number.NaN : Number(normalised);
}
