import { DestroyRef } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Observable } from 'rxjs';
import { conflictCurrent, type FormState } from '../../shared/forms';

export interface SaveHandlers<T> {
  saved: (record: T) => void;
  /** A 409 about a stale version: the record as someone else saved it. */
  conflict: (current: T) => void;
}

/**
 * Sends a form's request once its checks pass (`form.start` was true): on success the form is
 * reset and `saved` called; a stale version goes to `conflict`; any other refusal shows the API's
 * field errors and message on the form (the first faulty field focused inside `root`).
 */
export function sendForm<T extends object, V extends object, F extends string>(
  form: FormState<V, F>,
  root: HTMLElement,
  request: Observable<T>,
  destroyRef: DestroyRef,
  handlers: SaveHandlers<T>,
): void {
  request.pipe(takeUntilDestroyed(destroyRef)).subscribe({
    next: (record) => {
      form.succeeded();
      handlers.saved(record);
    },
    error: (error: unknown) => {
      const current = conflictCurrent<T>(error);
      if (current) {
        form.pending.set(false);
        handlers.conflict(current);
        return;
      }
      form.failed(error, root);
    },
  });
}
