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

/** One choice of a select or a radio group: the value sent, the label shown. */
export interface FieldOption<T extends string = string> {
  value: T;
  label: string;
  disabled?: boolean;
}

/**
 * A DSFR select (`fr-select-group`) with its label, hint and error message. With `placeholder`,
 * a first empty, unselectable option asks for a choice (value '' until one is made).
 */
@Component({
  selector: 'bsl-select-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: FIELD_HOST_STYLES,
  imports: [FieldControlDirective, FieldLabelComponent, FieldMessagesComponent],
  providers: [provideField(SelectFieldComponent)],
  template: `
    @let id = fieldId();
    <div
      class="fr-select-group"
      [class.fr-select-group--error]="error()"
      [class.fr-select-group--disabled]="disabled()"
    >
      <label class="fr-label" [for]="id"><bsl-field-label /></label>
      <select
        bslFieldControl="fr-select"
        class="fr-select"
        [name]="id"
        (change)="value.set(chosen($event))"
      >
        @if (placeholder(); as text) {
          <option value="" disabled hidden [selected]="value() === ''">
            {{ text }}
          </option>
        }
        @for (option of options(); track option.value) {
          <option
            [value]="option.value"
            [disabled]="option.disabled ?? false"
            [selected]="option.value === value()"
          >
            {{ option.label }}
          </option>
        }
      </select>
      <bsl-field-messages />
    </div>
  `,
})
export class SelectFieldComponent extends FieldBase {
  /** The chosen option's value; '' for none. */
  readonly value = model('');
  readonly options = input.required<readonly FieldOption[]>();
  /** E.g. 'Sélectionner une option'. */
  readonly placeholder = input<string | null>(null);

  protected chosen(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}
