import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { FieldBase } from './field-base';
import { FIELD_HOST_STYLES } from './field-parts';
import { NumberFieldComponent } from './number-field.component';

/** The hint of every progress field. */
export const PROGRESS_HINT = $localize`En pourcentage : un nombre entier de 0 à 100.`;

/**
 * The progress of an action or a deployment: a whole number of points from 0 to 100, followed by
 * "%". The value is the text as typed; read it with `parseProgress`.
 */
@Component({
  selector: 'bsl-progress-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: FIELD_HOST_STYLES,
  imports: [NumberFieldComponent],
  template: `
    <bsl-number-field
      [fieldId]="fieldId()"
      [label]="label()"
      [hint]="hint() ?? progressHint"
      [error]="error()"
      [required]="required()"
      [mark]="mark()"
      [disabled]="disabled()"
      [integer]="true"
      unit="%"
      width="10rem"
      [(value)]="value"
    />
  `,
})
export class ProgressFieldComponent extends FieldBase {
  readonly value = model('');
  protected readonly progressHint = PROGRESS_HINT;
}

/** The typed progress as a whole number 0..100, or null when it is not one. */
export function parseProgress(text: string): number | null {
  const value = text.trim();
  if (!/^\d{1,3}$/.test(value)) {
    return null;
  }
  const progress = Number(value);
  return progress <= 100 ? progress : null;
}

export const PROGRESS_INVALID = $localize`L’avancement doit être un nombre entier entre 0 et 100.`;
