import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';
import { FieldBase } from './field-base';
import { FieldMessagesComponent, provideField } from './field-parts';
import type { FieldOption } from './select-field.component';

/**
 * A DSFR radio group: a `fr-fieldset` whose legend is the label, one radio per option (id
 * `<fieldId>-<value>`, name `<fieldId>`), the error message named by the fieldset's
 * `aria-labelledby`. `fieldId` is the fieldset's id: `focusFirstError` then focuses its checked
 * radio, or the first. The value is the chosen option's, null before a choice. `required` sets
 * no ARIA here (a fieldset's group role has no `aria-required`): say it with `mark` or the legend.
 */
@Component({
  selector: 'bsl-radio-group',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldMessagesComponent],
  providers: [provideField(RadioGroupComponent)],
  template: `
    @let id = fieldId();
    <fieldset
      class="fr-fieldset"
      [class.fr-fieldset--error]="error()"
      [id]="id"
      [attr.aria-labelledby]="id + '-legende ' + messagesId()"
      [disabled]="disabled()"
    >
      <legend
        class="fr-fieldset__legend fr-fieldset__legend--regular"
        [id]="id + '-legende'"
      >
        {{ label() }}
        @if (mark() === 'required') {
          <span aria-hidden="true">&nbsp;*</span>
        } @else if (mark() === 'optional') {
          <span i18n>(facultatif)</span>
        }
        @if (hint(); as hint) {
          <span class="fr-hint-text">{{ hint }}</span>
        }
      </legend>
      @for (option of options(); track option.value) {
        <div
          class="fr-fieldset__element"
          [class.fr-fieldset__element--inline]="inline()"
        >
          <div class="fr-radio-group">
            <input
              type="radio"
              [name]="id"
              [id]="id + '-' + option.value"
              [value]="option.value"
              [disabled]="option.disabled ?? false"
              [checked]="value() === option.value"
              (change)="value.set(option.value)"
            />
            <label class="fr-label" [for]="id + '-' + option.value">{{
              option.label
            }}</label>
          </div>
        </div>
      }
      <bsl-field-messages />
    </fieldset>
  `,
})
export class RadioGroupComponent extends FieldBase {
  readonly value = model<string | null>(null);
  readonly options = input.required<readonly FieldOption[]>();
  /** The radios side by side (the default), or one under the other. */
  readonly inline = input(true);
}
