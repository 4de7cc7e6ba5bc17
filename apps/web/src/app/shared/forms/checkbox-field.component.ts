import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';
import { FieldBase } from './field-base';
import { FieldLabelComponent } from './field-label.component';
import { FieldMessagesComponent } from './field-messages.component';

/**
 * A yes/no field: a DSFR checkbox (`fr-checkbox-group`), or with `toggle` a DSFR toggle
 * (`fr-toggle`, its state written out: "Activé" / "Désactivé"). The value is a boolean in and out.
 */
@Component({
  selector: 'bsl-checkbox-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldLabelComponent, FieldMessagesComponent],
  template: `
    @let id = fieldId();
    @if (toggle()) {
      <div class="fr-toggle" [class.fr-toggle--error]="error()">
        <input
          type="checkbox"
          class="fr-toggle__input"
          [id]="id"
          [name]="id"
          [attr.aria-describedby]="describedBy()"
          [attr.aria-invalid]="error() ? 'true' : null"
          [disabled]="disabled()"
          [checked]="value()"
          (change)="value.set(checkedOf($event))"
        />
        <label
          class="fr-toggle__label"
          [for]="id"
          data-fr-checked-label="Activé"
          data-fr-unchecked-label="Désactivé"
          >{{ label() }}</label
        >
        @if (hint(); as hint) {
          <p class="fr-hint-text" [id]="id + '-hint'">{{ hint }}</p>
        }
        <div bslFieldMessages [id]="messagesId()" [error]="error()"></div>
      </div>
    } @else {
      <div class="fr-checkbox-group" [class.fr-checkbox-group--error]="error()">
        <input
          type="checkbox"
          [id]="id"
          [name]="id"
          [attr.aria-describedby]="messagesId()"
          [attr.aria-invalid]="error() ? 'true' : null"
          [disabled]="disabled()"
          [checked]="value()"
          (change)="value.set(checkedOf($event))"
        />
        <label
          bslFieldLabel
          class="fr-label"
          [for]="id"
          [text]="label()"
          [hint]="hint()"
          [mark]="mark()"
        ></label>
        <div bslFieldMessages [id]="messagesId()" [error]="error()"></div>
      </div>
    }
  `,
})
export class CheckboxFieldComponent extends FieldBase {
  readonly value = model(false);
  /** Shown as a DSFR toggle rather than a checkbox. */
  readonly toggle = input(false);

  protected describedBy(): string {
    const hint = this.hint() ? ` ${this.fieldId()}-hint` : '';
    return `${this.messagesId()}${hint}`;
  }

  protected checkedOf(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
