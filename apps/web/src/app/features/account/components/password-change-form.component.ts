import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  FormAlertsComponent,
  FormState,
  InputFieldComponent,
  SaveNoticeComponent,
  type FieldErrors,
} from '../../../shared/forms';
import {
  PASSWORD_MESSAGES,
  confirmationError,
  newPasswordError,
} from '../../auth/password-checks';
import { NewPasswordFieldsComponent } from '../../auth/new-password-fields.component';
import { AccountApi } from '../account.api';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

type PasswordField = keyof PasswordForm;

/** Field → id of its control, in the order of the form (the API names the first two). */
const FIELD_IDS: Readonly<Record<PasswordField, string>> = {
  currentPassword: 'mot-de-passe-actuel',
  newPassword: 'nouveau-mot-de-passe',
  confirmation: 'confirmation-mot-de-passe',
};

const EMPTY: PasswordForm = {
  currentPassword: '',
  newPassword: '',
  confirmation: '',
};

export const PASSWORD_CHANGED = $localize`Votre mot de passe a été changé. Vos autres sessions ont pris fin\u00a0: vous restez connecté·e ici.`;

/** "Changer mon mot de passe": the current one, the new one and its confirmation. */
@Component({
  selector: 'bsl-password-change-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormAlertsComponent,
    InputFieldComponent,
    NewPasswordFieldsComponent,
    SaveNoticeComponent,
  ],
  template: `
    <section aria-labelledby="mot-de-passe-titre">
      <h2 id="mot-de-passe-titre" i18n>Changer mon mot de passe</h2>
      <bsl-form-alerts [error]="form.apiError()" />
      <form #formElement novalidate (submit)="submit($event)">
        <fieldset
          class="fr-fieldset"
          id="changement-mot-de-passe"
          aria-labelledby="changement-mot-de-passe-legende"
        >
          <legend
            class="fr-fieldset__legend fr-fieldset__legend--regular"
            id="changement-mot-de-passe-legende"
            i18n
          >
            Tous les champs sont obligatoires. Changer de mot de passe met fin à
            vos autres sessions.
          </legend>
          <!-- For password managers: the account the new password belongs to. -->
          <input
            type="email"
            name="username"
            autocomplete="username"
            hidden
            [value]="email()"
          />
          <div class="fr-fieldset__element">
            <bsl-input-field
              [fieldId]="ids.currentPassword"
              label="Mot de passe actuel"
              i18n-label
              [type]="show() ? 'text' : 'password'"
              autocomplete="current-password"
              [spellcheck]="false"
              [required]="true"
              [error]="form.errors().currentPassword"
              [value]="form.value().currentPassword"
              (valueChange)="form.set('currentPassword', $event)"
            />
          </div>
          <bsl-new-password-fields
            [passwordId]="ids.newPassword"
            [confirmationId]="ids.confirmation"
            passwordLabel="Nouveau mot de passe"
            i18n-passwordLabel
            confirmationLabel="Confirmation du nouveau mot de passe"
            i18n-confirmationLabel
            [password]="form.value().newPassword"
            (passwordChange)="form.set('newPassword', $event)"
            [confirmation]="form.value().confirmation"
            (confirmationChange)="form.set('confirmation', $event)"
            [passwordError]="form.errors().newPassword"
            [confirmationError]="form.errors().confirmation"
            [(show)]="show"
          />
          <div class="fr-fieldset__element">
            <button
              class="fr-btn"
              type="submit"
              [attr.aria-disabled]="form.pending() ? 'true' : null"
              i18n
            >
              Changer mon mot de passe
            </button>
            <bsl-save-notice [text]="success()" />
          </div>
        </fieldset>
      </form>
    </section>
  `,
})
export class PasswordChangeFormComponent {
  /** The signed-in user's address: the new password must not contain its name. */
  readonly email = input.required<string>();
  /** The password changed: the other sessions have ended. */
  readonly changed = output<void>();

  private readonly api = inject(AccountApi);
  private readonly formElement =
    viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  protected readonly ids = FIELD_IDS;
  protected readonly show = signal(false);
  protected readonly success = signal<string | null>(null);
  protected readonly form = new FormState<PasswordForm, PasswordField>(
    signal(EMPTY),
    {
      ids: FIELD_IDS,
      validate: (value) => this.validate(value),
    },
  );

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const root = this.formElement().nativeElement;
    this.success.set(null);
    if (!this.form.start(root)) return;
    const { currentPassword, newPassword } = this.form.value();
    try {
      await firstValueFrom(
        this.api.changePassword({ currentPassword, newPassword }),
      );
    } catch (error: unknown) {
      this.form.failed(error, root, { alert: 'without-fields' });
      return;
    }
    this.form.succeeded();
    this.form.reset(EMPTY);
    this.show.set(false);
    this.success.set(PASSWORD_CHANGED);
    this.changed.emit();
  }

  private validate(value: PasswordForm): FieldErrors<PasswordField> {
    const errors: FieldErrors<PasswordField> = {};
    if (!value.currentPassword) {
      errors.currentPassword = PASSWORD_MESSAGES.currentRequired;
    }
    const fault =
      newPasswordError(value.newPassword, this.email()) ??
      (value.newPassword === value.currentPassword
        ? PASSWORD_MESSAGES.sameAsCurrent
        : null);
    if (fault) errors.newPassword = fault;
    const confirmation = confirmationError(
      value.newPassword,
      value.confirmation,
    );
    if (confirmation) errors.confirmation = confirmation;
    return errors;
  }
}
