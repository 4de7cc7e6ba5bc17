import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';
import { FieldBase } from './field-base';
import {
  FIELD_HOST_STYLES,
  FieldControlDirective,
  FieldLabelComponent,
  FieldMessagesComponent,
  provideField,
} from './field-parts';

export type InputType =
  | 'text'
  | 'email'
  | 'password'
  | 'search'
  | 'tel'
  | 'url'
  | 'date';

/**
 * A DSFR input (`fr-input-group`) with its label, hint and error message, linked by
 * `aria-describedby`. The value is the text as typed, in and out: `[(value)]`, or `[value]` with
 * `(valueChange)`. An optional `suffix` ("%", a unit) follows the input, hidden from screen readers
 * (say it in the hint).
 */
@Component({
  selector: 'bsl-input-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldControlDirective, FieldLabelComponent, FieldMessagesComponent],
  providers: [provideField(InputFieldComponent)],
  styles: [
    FIELD_HOST_STYLES,
    `
      .bsl-suffixed {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
    `,
  ],
  template: `
    @let id = fieldId();
    <div
      class="fr-input-group"
      [class.fr-input-group--error]="error()"
      [class.fr-input-group--disabled]="disabled()"
    >
      <label class="fr-label" [for]="id"><bsl-field-label /></label>
      <div
        class="fr-input-wrap"
        [class.bsl-suffixed]="suffix()"
        [style.max-width]="width()"
      >
        <input
          bslFieldControl="fr-input"
          class="fr-input"
          [name]="name() ?? id"
          [type]="type()"
          [attr.autocomplete]="autocomplete()"
          [attr.spellcheck]="spellcheck()"
          [attr.inputmode]="inputmode()"
          [attr.min]="min()"
          [attr.max]="max()"
          [attr.maxlength]="maxlength()"
          [value]="value()"
          (input)="value.set(textOf($event))"
        />
        @if (suffix(); as suffix) {
          <span aria-hidden="true">{{ suffix }}</span>
        }
      </div>
      <bsl-field-messages />
    </div>
  `,
})
export class InputFieldComponent extends FieldBase {
  readonly value = model('');
  readonly type = input<InputType>('text');
  /** The form field's name (for password managers); the id by default. */
  readonly name = input<string | null>(null);
  readonly autocomplete = input<string | null>(null);
  readonly spellcheck = input<boolean | null>(null);
  readonly inputmode = input<string | null>(null);
  readonly min = input<string | number | null>(null);
  readonly max = input<string | number | null>(null);
  readonly maxlength = input<number | null>(null);
  readonly suffix = input<string | null>(null);
  /** A CSS width limit for the input (and its suffix), e.g. '10rem' for a percentage. */
  readonly width = input<string | null>(null);

  protected textOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
