import { HttpErrorResponse } from '@angular/common/http';
import {
  DestroyRef,
  ElementRef,
  Injector,
  inject,
  signal,
  type Signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Observable } from 'rxjs';
import { isApiError } from '../../core/http/api-error';
import {
  conflictCurrent,
  FormState,
  type FormChecks,
} from '../../shared/forms';
import { conflictRows, type Conflict } from './conflict-rows';
import { focusAfterRender } from './focus';

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

/** What the form's frame (`bsl-record-form`) shows of a `RecordForm`, whatever its record. */
export interface RecordFrame {
  readonly form: {
    readonly apiError: Signal<string | null>;
    readonly pending: Signal<boolean>;
  };
  readonly conflict: Signal<Conflict<unknown> | null>;
  takeCurrent(record: unknown): void;
}

/** What a `RecordForm` needs to know of its record and its form. */
export interface RecordFormOptions<
  T extends { version: number },
  V extends object,
  F extends string,
> extends FormChecks<V, F> {
  /** The form's values before `fill` (inputs cannot be read yet when it is created). */
  initial: V;
  /** The record's values as the form holds them; null for a new record. */
  valueOf: (record: T | null) => V;
  /** The labels of the fields a 409's comparison lists. */
  labels: Readonly<Partial<Record<string, string>>>;
  /** The values as the user reads them in that comparison (names rather than ids, dates in French). */
  display: (value: V) => Readonly<Record<string, string>>;
  /** The control focused when the saved version is taken after a conflict (a selector). */
  first: string;
  /** Called with the values each time the form is filled (a record taken, or none). */
  filled?: (value: V) => void;
  fieldOf?: (path: string) => string;
}

/**
 * The create-or-edit flow every administration form shares around its `FormState`: the version
 * of the record it was filled from, sent with a patch (`If-Match`); a 409 about a stale version
 * turned into the comparison of `conflict`, from which `takeCurrent` fills the saved version
 * (the next save applies to it). Create it in a field initialiser (it injects its host).
 */
export class RecordForm<
  T extends { version: number },
  V extends object,
  F extends string,
> implements RecordFrame
{
  readonly form: FormState<V, F>;
  readonly conflict = signal<Conflict<T> | null>(null);
  private version = 0;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  constructor(private readonly options: RecordFormOptions<T, V, F>) {
    this.form = new FormState(signal<V>(options.initial), options);
  }

  /** The form filled from `record` (its version kept), or fresh for a new one. */
  fill(record: T | null): void {
    this.conflict.set(null);
    this.version = record?.version ?? 0;
    const value = this.options.valueOf(record);
    this.form.reset(value);
    this.options.filled?.(value);
  }

  /**
   * Sends `patch(record, version)` when editing `record`, else `create()`, once the checks pass;
   * false when they do not (the first faulty field has the focus).
   */
  save(
    record: T | null,
    request: {
      create: () => Observable<T>;
      patch: (record: T, version: number) => Observable<T>;
    },
    saved: (record: T) => void,
  ): boolean {
    const root = this.host.nativeElement;
    if (!this.form.start(root)) return false;
    this.conflict.set(null);
    const { labels, display, valueOf, fieldOf } = this.options;
    sendForm(
      this.form,
      root,
      record ? request.patch(record, this.version) : request.create(),
      this.destroyRef,
      {
        saved,
        conflict: (current) =>
          this.conflict.set({
            current,
            rows: conflictRows(
              labels,
              display(valueOf(current)),
              display(this.form.value()),
            ),
          }),
        fieldOf,
      },
    );
    return true;
  }

  /** After a conflict: the saved version in the form, its first field focused. */
  takeCurrent(record: T): void {
    this.fill(record);
    focusAfterRender(
      this.injector,
      this.host.nativeElement,
      this.options.first,
    );
  }
}
