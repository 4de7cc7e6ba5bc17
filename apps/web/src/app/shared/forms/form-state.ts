import { computed, signal, type WritableSignal } from '@angular/core';
import { apiErrorMessage } from '../../core/http/api-error';
import { apiFieldErrors, withoutField, type FieldErrors } from './field-errors';
import { focusFirstError } from './form-focus';

export interface FormChecks<V extends object, F extends string> {
  /** Field → id of its control, in the order of the form: the first faulty one gets the focus. */
  ids: Readonly<Record<F, string>>;
  /** The client-side checks, in the page's language; run on every change once the form has been submitted. */
  validate: (value: V) => FieldErrors<F>;
}

/** The checks with the values' signal, for `new FormState({ value, ids, validate })`. */
export interface FormStateOptions<V extends object, F extends string>
  extends FormChecks<V, F> {
  value: WritableSignal<V>;
}

export interface FailureOptions {
  /** The alert's text; by default the API's message (or one chosen from the HTTP status). */
  message?: string;
  /** 'without-fields': no alert when the API named faulty fields (their messages say it all). */
  alert?: 'always' | 'without-fields';
}

/**
 * What every form of Boussole keeps track of around its values: errors shown once it has been
 * submitted then kept up to date while typing, the API's field errors until the field changes,
 * the request in flight, the alert's message. Create it in a field initialiser; the component
 * keeps its own success and conflict notices. `value` holds the values as typed (texts for
 * numbers, so that a wrong entry can be shown and fixed); a `linkedSignal` when they follow an
 * input (the record being edited).
 *
 * ```ts
 * protected readonly form = new FormState(signal(EMPTY), { ids: FIELD_IDS, validate });
 * // or new FormState({ value: this.value, ids: FIELD_IDS, validate }) with `value` a field: TypeScript
 * // infers the types from a signal() written inside the object only when validate's parameter is typed.
 * submit(event: Event) {
 *   event.preventDefault();
 *   if (!this.form.start(this.host.nativeElement)) return;
 *   this.api.save(...).subscribe({ next: () => this.form.succeeded(), error: (e) => this.form.failed(e, root) });
 * }
 * ```
 */
export class FormState<V extends object, F extends string> {
  readonly value: WritableSignal<V>;
  private readonly options: FormChecks<V, F>;
  /** A request is in flight: a second submission is ignored. */
  readonly pending = signal(false);
  /** The message of the form's error alert, if any. */
  readonly apiError = signal<string | null>(null);
  private readonly submitted = signal(false);
  private readonly serverErrors = signal<FieldErrors<F>>({});
  private readonly fields: readonly F[];

  /** The messages to show, by field: the API's, then the client checks' once submitted. */
  readonly errors = computed<FieldErrors<F>>(() => ({
    ...this.serverErrors(),
    ...(this.submitted() ? this.options.validate(this.value()) : {}),
  }));

  constructor(options: FormStateOptions<V, F>);
  constructor(value: WritableSignal<V>, checks: FormChecks<V, F>);
  constructor(
    first: WritableSignal<V> | FormStateOptions<V, F>,
    checks?: FormChecks<V, F>,
  ) {
    if (checks) {
      this.value = first as WritableSignal<V>;
      this.options = checks;
    } else {
      const options = first as FormStateOptions<V, F>;
      this.value = options.value;
      this.options = options;
    }
    this.fields = Object.keys(this.options.ids) as F[];
  }

  /** Keeps a field's value; what the API said about that field no longer applies. */
  set<K extends keyof V & string>(field: K, value: V[K]): void {
    this.value.update((form) => ({ ...form, [field]: value }));
    this.serverErrors.update((errors) => withoutField(errors, field));
  }

  /**
   * Starts a submission: true when the request may be sent (it is then pending). False while one
   * is in flight, or when a client check fails: the first faulty field inside `root` gets the focus.
   */
  start(root: HTMLElement): boolean {
    if (this.pending()) {
      return false;
    }
    this.submitted.set(true);
    this.serverErrors.set({});
    this.apiError.set(null);
    const { ids, validate } = this.options;
    if (focusFirstError(root, validate(this.value()), ids)) {
      return false;
    }
    this.pending.set(true);
    return true;
  }

  /** The request succeeded: errors stay hidden until the next submission. */
  succeeded(): void {
    this.pending.set(false);
    this.reset();
  }

  /**
   * The request failed: the API's field errors on their fields (the first one focused inside
   * `root`) and its message in the alert. A 409 with `current` is the caller's to handle first.
   */
  failed(
    error: unknown,
    root: HTMLElement,
    options: FailureOptions = {},
  ): void {
    this.pending.set(false);
    this.serverErrors.set(apiFieldErrors(error, this.fields));
    const focused = focusFirstError(
      root,
      this.serverErrors(),
      this.options.ids,
    );
    if (!(focused && options.alert === 'without-fields')) {
      this.apiError.set(options.message ?? apiErrorMessage(error));
    }
  }

  /** Back to a fresh form, with `value` when given (a newer version of the record, say). */
  reset(value?: V): void {
    if (value !== undefined) this.value.set(value);
    this.submitted.set(false);
    this.serverErrors.set({});
  }
}
