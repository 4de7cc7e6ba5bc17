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

/**
 * A yes/no field: a DSFR checkbox (`fr-checkbox-group`), or with `toggle` a DSFR toggle
 * (`fr-toggle`, its state written out: "Activé" / "Désactivé"). The value is a boolean in and out.
 */
@Component({
  selector: 'bsl-checkbox-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: FIELD_HOST_STYLES,
  imports: [FieldControlDirective, FieldLabelComponent, FieldMessagesComponent],
  providers: [provideField(CheckboxFieldComponent)],
  template: `
    @let id = fieldId();
    <div
      [class]="toggle() ? 'fr-toggle' : 'fr-checkbox-group'"
      [class.fr-toggle--error]="toggle() && error()"
      [class.fr-checkbox-group--error]="!toggle() && error()"
    >
      <input
        bslFieldControl=""
        type="checkbox"
        [class.fr-toggle__input]="toggle()"
        [name]="id"
        [describedByToo]="toggle() && hint() ? id + '-hint' : null"
        [checked]="value()"
        (change)="value.set(checkedOf($event))"
      />
      @if (toggle()) {
        <label
          class="fr-toggle__label"
          [for]="id"
          data-fr-checked-label="Activé"
          i18n-data-fr-checked-label
          data-fr-unchecked-label="Désactivé"
          i18n-data-fr-unchecked-label
          >{{ label() }}</label
        >
        @if (hint(); as hint) {
          <p class="fr-hint-text" [id]="id + '-hint'">{{ hint }}</p>
        }
      } @else {
        <label class="fr-label" [for]="id"><bsl-field-label /></label>
      }
      <bsl-field-messages />
    </div>
  `,
})
export class CheckboxFieldComponent extends FieldBase {
  readonly value = model(false);
  /** Shown as a DSFR toggle rather than a checkbox. */
  readonly toggle = input(false);

  protected checkedOf(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
