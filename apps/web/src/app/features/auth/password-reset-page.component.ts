import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  FormAlertsComponent,
  FormState,
  InputFieldComponent,
  type FieldErrors,
} from '../../shared/forms';
import { AccountLinksApi } from './account-links.api';
import { emailError } from './sign-in-validation';

/** Said when the API's answer carries no message of its own. */
export const RESET_REQUESTED =
  $localize`Si un compte Boussole actif correspond à cette adresse, un courriel vient de lui être envoyé avec un lien pour choisir un nouveau mot de passe.`;

interface ResetForm {
  email: string;
}

const FIELD_IDS: Readonly<Record<keyof ResetForm, string>> = {
  email: 'email-reinitialisation',
};

/**
 * `/mot-de-passe-oublie` (public): asks for a reset link by e-mail. The answer is the same whether
 * the address has an account or not, so that the page does not tell who uses Boussole.
 */
@Component({
  selector: 'bsl-password-reset-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormAlertsComponent, InputFieldComponent, RouterLink],
  templateUrl: './password-reset-page.component.html',
})
export class PasswordResetPageComponent {
  private readonly api = inject(AccountLinksApi);
  private readonly injector = inject(Injector);
  private readonly formElement =
    viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly doneTitle = viewChild<ElementRef<HTMLElement>>('doneTitle');

  protected readonly ids = FIELD_IDS;
  protected readonly form = new FormState<ResetForm, keyof ResetForm>(
    signal({ email: '' }),
    {
      ids: FIELD_IDS,
      validate: ({ email }): FieldErrors<keyof ResetForm> => {
        const message = emailError(email);
        return message ? { email: message } : {};
      },
    },
  );
  /** The API's answer, the same whether the address has an account or not. */
  protected readonly answer = signal(RESET_REQUESTED);
  /** The address the request was made for, once the API has taken it. */
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const root = this.formElement()?.nativeElement;
    this.form.set('email', this.form.value().email.trim());
    if (!root || !this.form.start(root)) return;
    const email = this.form.value().email;
    let answer: string | null = null;
    try {
      answer =
        (await firstValueFrom(this.api.requestReset(email)))?.message ?? null;
    } catch (error: unknown) {
      this.form.failed(error, root, { alert: 'without-fields' });
      return;
    }
    this.form.succeeded();
    this.answer.set(answer || RESET_REQUESTED);
    this.sentTo.set(email);
    // The form is gone: put the focus on what replaced it.
    afterNextRender(() => this.doneTitle()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  protected again(): void {
    this.sentTo.set(null);
    this.form.reset({ email: '' });
  }
}
