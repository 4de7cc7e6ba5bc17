import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';
import { FieldBase } from './field-base';
import { FieldLabelComponent } from './field-label.component';
import { FieldMessagesComponent } from './field-messages.component';

/** A DSFR textarea with its label, hint and error message (linked by `aria-describedby`). */
@Component({
  selector: 'bsl-textarea-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldLabelComponent, FieldMessagesComponent],
  template: `
    @let id = fieldId();
    <div
      class="fr-input-group"
      [class.fr-input-group--error]="error()"
      [class.fr-input-group--disabled]="disabled()"
    >
      <label
        bslFieldLabel
        class="fr-label"
        [for]="id"
        [text]="label()"
        [hint]="hint()"
        [mark]="mark()"
      ></label>
      <textarea
        class="fr-input"
        [class.fr-input--error]="error()"
        [id]="id"
        [name]="id"
        [rows]="rows()"
        [attr.maxlength]="maxlength()"
        [attr.aria-describedby]="messagesId()"
        [attr.aria-invalid]="error() ? 'true' : null"
        [attr.aria-required]="required() ? 'true' : null"
        [disabled]="disabled()"
        [value]="value()"
        (input)="value.set(textOf($event))"
      ></textarea>
      <div bslFieldMessages [id]="messagesId()" [error]="error()"></div>
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
