import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NgTemplateOutlet } from '@angular/common';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, switchMap } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { dateTimeText } from '../../core/i18n/page-format';
import { apiErrorMessage, apiErrorStatus } from '../../core/http/api-error';
import { LOADING, toLoadState } from '../../core/http/load-state';
import {
  FormAlertsComponent,
  FormState,
  type FieldErrors,
} from '../../shared/forms';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { AccountLinksApi } from './account-links.api';
import { NewPasswordFieldsComponent } from './new-password-fields.component';
import { confirmationError, newPasswordError } from './password-checks';

interface ChooseForm {
  password: string;
  confirmation: string;
}

type ChooseField = keyof ChooseForm;

/** Field → id of its control, in the order of the form. */
const FIELD_IDS: Readonly<Record<ChooseField, string>> = {
  password: 'nouveau-mot-de-passe',
  confirmation: 'confirmation-mot-de-passe',
};

/**
 * `/invitation/:token` (public): the one-time link of an invitation or a reset. It says whose
 * link it is, lets them choose a password, then they are signed in and sent to the start page.
 * A used, expired or unknown link shows the API's reason and the way to ask for another.
 */
@Component({
  selector: 'bsl-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormAlertsComponent,
    LoadBlockComponent,
    NewPasswordFieldsComponent,
    NgTemplateOutlet,
    RouterLink,
  ],
  templateUrl: './invitation-page.component.html',
})
export class InvitationPageComponent {
  readonly token = input.required<string>();

  private readonly api = inject(AccountLinksApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly formElement =
    viewChild<ElementRef<HTMLFormElement>>('formElement');

  private readonly state = toSignal(
    toObservable(this.token).pipe(
      switchMap((token) => toLoadState(this.api.link(token))),
    ),
    { initialValue: LOADING },
  );
  protected readonly link = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly linkError = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  /** The link stopped working while the form was open (used elsewhere, or expired). */
  protected readonly expiredMeanwhile = signal<string | null>(null);

  protected readonly showPasswords = signal(false);
  protected readonly form = new FormState<ChooseForm, ChooseField>(
    signal({ password: '', confirmation: '' }),
    { ids: FIELD_IDS, validate: (value) => this.validate(value) },
  );
  protected readonly errors = this.form.errors;
  protected readonly ids = FIELD_IDS;

  protected expiry(value: string): string {
    return dateTimeText(value);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const root = this.formElement()?.nativeElement;
    if (!root || !this.form.start(root)) return;
    try {
      await firstValueFrom(
        this.api.choosePassword(this.token(), this.form.value().password),
      );
    } catch (error: unknown) {
      const status = apiErrorStatus(error);
      if (status === 404 || status === 410) {
        this.form.succeeded();
        this.expiredMeanwhile.set(apiErrorMessage(error));
        return;
      }
      this.form.failed(error, root, { alert: 'without-fields' });
      return;
    }
    this.form.succeeded();
    // The API has opened the session (its cookie): ask who is signed in, then go to the start page.
    await this.auth.load();
    await this.router.navigateByUrl('/');
  }

  private validate(value: ChooseForm): FieldErrors<ChooseField> {
    const email = this.link()?.email ?? '';
    const errors: FieldErrors<ChooseField> = {};
    const password = newPasswordError(value.password, email);
    if (password) errors.password = password;
    const confirmation = confirmationError(value.password, value.confirmation);
    if (confirmation) errors.confirmation = confirmation;
    return errors;
  }
}
