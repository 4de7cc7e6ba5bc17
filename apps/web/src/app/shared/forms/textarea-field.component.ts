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

/** A DSFR textarea with its label, hint and error message (linked by `aria-describedby`). */
@Component({
  selector: 'bsl-textarea-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: FIELD_HOST_STYLES,
  imports: [FieldControlDirective, FieldLabelComponent, FieldMessagesComponent],
  providers: [provideField(TextareaFieldComponent)],
  template: `
    @let id = fieldId();
    <div
      class="fr-input-group"
      [class.fr-input-group--error]="error()"
      [class.fr-input-group--disabled]="disabled()"
    >
      <label class="fr-label" [for]="id"><bsl-field-label /></label>
      <textarea
        bslFieldControl="fr-input"
        class="fr-input"
        [name]="id"
        [rows]="rows()"
        [attr.maxlength]="maxlength()"
        [value]="value()"
        (input)="value.set(textOf($event))"
      ></textarea>
      <bsl-field-messages />
    </div>
  `,
})
export class TextareaFieldComponent extends FieldBase {
  readonly value = model('');
  readonly rows = input(3);
  readonly maxlength = input<number | null>(null);

  protected textOf(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }
}
