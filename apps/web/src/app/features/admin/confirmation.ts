import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Observable } from 'rxjs';
import { apiErrorMessage } from '../../core/http/api-error';

export interface ConfirmationOptions<S, R> {
  /** What confirming sends. */
  request: (subject: S) => Observable<R>;
  /** After success (the dialog is closed). */
  done: (result: R, subject: S) => void;
  /**
   * A refusal; true once handled (a stale version, say: `again` with the record as saved, or
   * `cancel`). Otherwise the API's French reason shows in the dialog, which stays open.
   */
  refused?: (error: unknown, subject: S) => boolean;
}

/**
 * The state of a `bsl-confirm-dialog` and its request, as every administration page has it: what
 * is to be confirmed (the dialog shows while set), the request in flight (a second confirmation
 * is ignored) and the refusal's message. Create it in a field initialiser.
 */
export class Confirmation<S, R = unknown> {
  readonly subject = signal<S | null>(null);
  readonly pending = signal(false);
  readonly error = signal<string | null>(null);
  private readonly destroyRef = inject(DestroyRef);

  constructor(private readonly options: ConfirmationOptions<S, R>) {}

  ask(subject: S): void {
    this.error.set(null);
    this.subject.set(subject);
  }

  /** The dialog again, about `subject` (a newer version), with `message` saying why. */
  again(subject: S, message: string): void {
    this.subject.set(subject);
    this.error.set(message);
  }

  cancel(): void {
    this.subject.set(null);
  }

  confirm(): void {
    const subject = this.subject();
    if (subject === null || this.pending()) return;
    this.pending.set(true);
    this.error.set(null);
    this.options
      .request(subject)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.pending.set(false);
          this.subject.set(null);
          this.options.done(result, subject);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          if (!this.options.refused?.(error, subject)) {
            this.error.set(apiErrorMessage(error));
          }
        },
      });
  }
}
