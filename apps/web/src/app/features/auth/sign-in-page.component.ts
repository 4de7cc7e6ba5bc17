import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { HealthResponse } from '@boussole/domain';
import { catchError, of } from 'rxjs';
import {
  AuthService,
  EXTERNAL_NAVIGATION,
} from '../../core/auth/auth.service';
import { safeReturnUrl } from '../../core/auth/sign-in-url';
import { FormState, InputFieldComponent } from '../../shared/forms';
import {
  DEMO_PASSWORD,
  DemoAccountsComponent,
} from './demo-accounts.component';
import {
  SIGN_IN_FIELD_IDS,
  signInErrorMessage,
  validateSignIn,
  type SignInFormValue,
} from './sign-in-validation';
import { PROCONNECT_LOGIN, proconnectMessage } from './proconnect-messages';

/** `/connexion`: the e-mail and password form; then back to `?retour=` or to the home page. */
@Component({
  selector: 'bsl-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DemoAccountsComponent, InputFieldComponent, RouterLink],
  templateUrl: './sign-in-page.component.html',
})
export class SignInPageComponent {
  /** The page to go back to once signed in (query parameter `retour`). */
  readonly retour = input<string>();

  private readonly auth = inject(AuthService);
  /** Why the session ended, when the server ended it (another tab's sign-out, expiry…). */
  protected readonly sessionNotice = this.auth.sessionNotice;
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Why a ProConnect sign-in was refused (query parameter `proconnect`, set by the API's callback). */
  readonly proconnect = input<string>();

  /**
   * The health check says whether the API runs in demo mode (the demo accounts exist) and whether
   * ProConnect is configured (its button shows).
   */
  private readonly health = toSignal(
    inject(HttpClient)
      .get<HealthResponse>('/api/health')
      .pipe(catchError(() => of(null))),
    { initialValue: null },
  );
  protected readonly demoMode = computed(() => this.health()?.mode === 'demo');
  protected readonly proconnectEnabled = computed(
    () => this.health()?.proconnect === true,
  );
  protected readonly proconnectError = computed(() =>
    proconnectMessage(this.proconnect()),
  );
  private readonly navigateAway = inject(EXTERNAL_NAVIGATION);

  /** To the API's ProConnect route, which redirects to the provider, with the page to come back to. */
  protected signInWithProConnect(): void {
    const retour = safeReturnUrl(this.retour());
    this.navigateAway(
      retour === '/'
        ? PROCONNECT_LOGIN
        : `${PROCONNECT_LOGIN}?retour=${encodeURIComponent(retour)}`,
    );
  }

  protected readonly form = new FormState(
    signal<SignInFormValue>({ email: '', password: '' }),
    { ids: SIGN_IN_FIELD_IDS, validate: validateSignIn },
  );

  protected useDemoAccount(email: string): void {
    this.form.value.set({ email, password: DEMO_PASSWORD });
    this.form.apiError.set(null);
    this.control('#identifiants button[type=submit]')?.focus();
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.form.pending()) {
      return;
    }
    // Read the fields themselves: a password manager may fill them without an input event.
    this.form.value.set({
      email: this.control('#email')?.value.trim() ?? '',
      password: this.control('#mot-de-passe')?.value ?? '',
    });
    const root = this.host.nativeElement;
    if (!this.form.start(root)) {
      return;
    }
    try {
      await this.auth.login(
        this.form.value().email,
        this.form.value().password,
      );
      await this.router.navigateByUrl(safeReturnUrl(this.retour()));
    } catch (error: unknown) {
      this.form.failed(error, root, { message: signInErrorMessage(error) });
    } finally {
      this.form.pending.set(false);
    }
  }

  private control(selector: string): HTMLInputElement | null {
    return this.host.nativeElement.querySelector<HTMLInputElement>(selector);
  }
}
