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
import { HttpClient } from '@angular/common/http';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import type { HealthResponse } from '@boussole/domain';
import { catchError, map, of } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { safeReturnUrl } from '../../core/auth/sign-in-url';
import {
  DEMO_PASSWORD,
  DemoAccountsComponent,
} from './demo-accounts.component';
import {
  emailError,
  passwordError,
  signInErrorMessage,
} from './sign-in-validation';

/** `/connexion`: the e-mail and password form; then back to `?retour=` or to the home page. */
@Component({
  selector: 'bsl-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DemoAccountsComponent],
  templateUrl: './sign-in-page.component.html',
})
export class SignInPageComponent {
  /** The page to go back to once signed in (query parameter `retour`). */
  readonly retour = input<string>();

  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly emailInput =
    viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');
  private readonly submitButton =
    viewChild.required<ElementRef<HTMLButtonElement>>('submitButton');

  /** The demo accounts exist only when the API runs in demo mode: it says so in its health check. */
  protected readonly demoMode = toSignal(
    inject(HttpClient)
      .get<HealthResponse>('/api/health')
      .pipe(
        map((health) => health.mode === 'demo'),
        catchError(() => of(false)),
      ),
    { initialValue: false },
  );

  protected readonly email = signal('');
  protected readonly password = signal('');
  /** Errors are shown once the form has been submitted, then kept up to date while typing. */
  private readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly apiError = signal<string | null>(null);

  protected readonly emailError = computed(() =>
    this.submitted() ? emailError(this.email()) : null,
  );
  protected readonly passwordError = computed(() =>
    this.submitted() ? passwordError(this.password()) : null,
  );

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected useDemoAccount(email: string): void {
    this.email.set(email);
    this.password.set(DEMO_PASSWORD);
    this.apiError.set(null);
    this.submitButton().nativeElement.focus();
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.pending()) {
      return;
    }
    // Read the fields themselves: a password manager may fill them without an input event.
    this.email.set(this.emailInput().nativeElement.value.trim());
    this.password.set(this.passwordInput().nativeElement.value);
    this.submitted.set(true);
    this.apiError.set(null);
    if (this.emailError()) {
      this.emailInput().nativeElement.focus();
      return;
    }
    if (this.passwordError()) {
      this.passwordInput().nativeElement.focus();
      return;
    }
    this.pending.set(true);
    try {
      await this.auth.login(this.email(), this.password());
      await this.router.navigateByUrl(safeReturnUrl(this.retour()));
    } catch (error: unknown) {
      this.apiError.set(signInErrorMessage(error));
    } finally {
      this.pending.set(false);
    }
  }
}
