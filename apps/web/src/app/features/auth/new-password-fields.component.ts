import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';
import {
  CheckboxFieldComponent,
  InputFieldComponent,
} from '../../shared/forms';
import { PASSWORD_RULES_HINT } from './password-checks';

/**
 * The new password, its confirmation and "Afficher les mots de passe", each in its own
 * `fr-fieldset__element` of the form's fieldset (the element itself is left out of the layout),
 * as choosing a password (invitation, reset) and changing one (Mon compte) ask for them. `show`
 * is two-way so that a current-password field beside them shows the same way.
 */
@Component({
  selector: 'bsl-new-password-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CheckboxFieldComponent, InputFieldComponent],
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    @let type = show() ? 'text' : 'password';
    <div class="fr-fieldset__element">
      <bsl-input-field
        [fieldId]="passwordId()"
        [label]="passwordLabel()"
        [hint]="rulesHint"
        [type]="type"
        autocomplete="new-password"
        [spellcheck]="false"
        [required]="true"
        [error]="passwordError()"
        [(value)]="password"
      />
    </div>
    <div class="fr-fieldset__element">
      <bsl-input-field
        [fieldId]="confirmationId()"
        [label]="confirmationLabel()"
        hint="Saisissez-le de nouveau."
        i18n-hint
        [type]="type"
        autocomplete="new-password"
        [spellcheck]="false"
        [required]="true"
        [error]="confirmationError()"
        [(value)]="confirmation"
      />
    </div>
    <div class="fr-fieldset__element">
      <bsl-checkbox-field
        fieldId="afficher-mots-de-passe"
        label="Afficher les mots de passe"
        i18n-label
        [(value)]="show"
      />
    </div>
  `,
})
export class NewPasswordFieldsComponent {
  readonly passwordId = input.required<string>();
  readonly confirmationId = input.required<string>();
  readonly passwordLabel = input($localize`Mot de passe`);
  readonly confirmationLabel = input($localize`Confirmation du mot de passe`);
  readonly password = model('');
  readonly confirmation = model('');
  readonly passwordError = input<string | null | undefined>(undefined);
  readonly confirmationError = input<string | null | undefined>(undefined);
  /** The passwords shown as text. */
  readonly show = model(false);

  protected readonly rulesHint = PASSWORD_RULES_HINT;
}
