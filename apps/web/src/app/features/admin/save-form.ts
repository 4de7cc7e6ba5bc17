import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Observable } from 'rxjs';
import { isApiError } from '../../core/http/api-error';
import { conflictCurrent, type FormState } from '../../shared/forms';

export interface SaveHandlers<T> {
  saved: (record: T) => void;
  /** A 409 about a stale version: the record as someone else saved it. */
  conflict: (current: T) => void;
  /** The field errors' names as the form knows them (nested ones such as `attachedTo.id`). */
  fieldOf?: (path: string) => string;
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
      form.failed(
        handlers.fieldOf ? renamed(error, handlers.fieldOf) : error,
        root,
      );
    },
  });
}

/** The same failure, its `fields` named as the form names them (the first message of each kept). */
function renamed(error: unknown, fieldOf: (path: string) => string): unknown {
  if (
    !(error instanceof HttpErrorResponse) ||
    !isApiError(error.error) ||
    !error.error.fields
  ) {
    return error;
  }
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.error.fields)) {
    fields[fieldOf(path)] ??= message;
  }
  return new HttpErrorResponse({
    error: { ...error.error, fields },
    headers: error.headers,
    status: error.status,
    statusText: error.statusText,
    url: error.url ?? undefined,
  });
}
