import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { type SessionPayload } from '@boussole/domain';
import { firstValueFrom, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { SIGN_IN_PATH } from '../../../core/auth/sign-in-url';
import { apiErrorMessage } from '../../../core/http/api-error';
import { dateTimeText } from '../../../core/i18n/page-format';
import { LOADING, toLoadState } from '../../../core/http/load-state';
import { ConfirmDialogComponent } from '../../../shared/confirm-dialog.component';
import { AccountApi } from '../account.api';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/**
 * "Mes sessions": where the signed-in user is signed in (started, last seen, browser), and the way
 * to end any of those sessions; ending the current one signs out of this browser.
 */
@Component({
  selector: 'bsl-my-sessions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective, ConfirmDialogComponent],
  templateUrl: './my-sessions.component.html',
})
export class MySessionsComponent {
  private readonly api = inject(AccountApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Bumped to read the list again (after a session ended, or the password changed). */
  private readonly reloads = signal(0);
  private readonly state = toSignal(
    toObservable(this.reloads).pipe(
      switchMap(() => toLoadState(this.api.sessions())),
    ),
    { initialValue: LOADING },
  );
  protected readonly sessions = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? sortSessions(state.value) : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });

  /** The session the confirmation dialog is about. */
  protected readonly ending = signal<SessionPayload | null>(null);
  protected readonly pending = signal(false);
  protected readonly endError = signal<string | null>(null);
  /** Said after a session has been ended (announced by the status region). */
  protected readonly notice = signal<string | null>(null);

  protected readonly dateTime = dateTimeText;

  /** Reads the sessions again (the password form calls it: a change ends the other sessions). */
  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  /** Which session a "Mettre fin" button ends, for screen readers (the rows look alike). */
  protected describe(session: SessionPayload): string {
    return session.current
      ? $localize`à cette session (${session.browser}:BROWSER:)`
      : $localize`à la session ouverte le ${dateTimeText(session.createdAt)}:DATE: (${session.browser}:BROWSER:)`;
  }

  protected dialogHeading(session: SessionPayload): string {
    return session.current
      ? $localize`Mettre fin à cette session\u00a0?`
      : $localize`Mettre fin à la session\u00a0?`;
  }

  protected confirmLabel(session: SessionPayload): string {
    return session.current
      ? $localize`Me déconnecter`
      : $localize`Mettre fin à la session`;
  }

  protected ask(session: SessionPayload): void {
    this.endError.set(null);
    this.notice.set(null);
    this.ending.set(session);
  }

  protected cancel(): void {
    if (!this.pending()) this.ending.set(null);
  }

  protected async end(): Promise<void> {
    const session = this.ending();
    if (!session || this.pending()) return;
    this.pending.set(true);
    this.endError.set(null);
    try {
      await firstValueFrom(this.api.endSession(session.id));
    } catch (error: unknown) {
      this.endError.set(apiErrorMessage(error));
      return;
    } finally {
      this.pending.set(false);
    }
    this.ending.set(null);
    if (session.current) {
      // This browser's session is over: nothing else to do here but sign in again.
      this.auth.clear();
      await this.router.navigateByUrl(SIGN_IN_PATH);
      return;
    }
    this.notice.set(
      $localize`La session ouverte le ${dateTimeText(session.createdAt)}:DATE: (${session.browser}:BROWSER:) a pris fin.`,
    );
    this.reload();
  }
}

/** This session first, then the most recently used. */
export function sortSessions(
  sessions: readonly SessionPayload[],
): SessionPayload[] {
  return [...sessions].sort(
    (a, b) =>
      Number(b.current) - Number(a.current) ||
      b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
}
