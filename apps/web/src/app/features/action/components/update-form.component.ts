import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  STATUSES,
  STATUS_LABELS,
  type ActionDetail,
  type StatusUpdateRequest,
  type StatusUpdateResponse,
} from '@boussole/domain';
import { apiErrorMessage } from '../../../core/http/api-error';
import { ActionApi } from '../action.api';
import {
  ConflictDialogComponent,
  type Conflict,
} from './conflict-dialog.component';
import { focusFirstError } from './form-focus';
import { TextAreaFieldComponent } from './text-area-field.component';
import { conflictOf, fieldErrorsOf } from './update-api-errors';
import {
  EMPTY_FORM,
  formValueOf,
  isWorse,
  narrativeHint,
  toRequest,
  validateUpdate,
  type UpdateErrors,
  type UpdateField,
  type UpdateFormValue,
} from './update-form-validation';

/** "Mettre à jour l’action": météo, progress and texts, checked in French before calling the API. */
@Component({
  selector: 'bsl-update-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConflictDialogComponent, TextAreaFieldComponent],
  templateUrl: './update-form.component.html',
  styleUrl: './update-form.component.css',
})
export class UpdateFormComponent implements OnInit {
  readonly action = input.required<ActionDetail>();
  /** A status update was saved: the API's answer (the action as it is now, and the update). */
  readonly saved = output<StatusUpdateResponse>();
  /** After a conflict, the user took the version of the action saved by someone else. */
  readonly replaced = output<ActionDetail>();

  private readonly api = inject(ActionApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly statuses = STATUSES;
  protected readonly statusLabels = STATUS_LABELS;

  protected readonly form = signal<UpdateFormValue>(EMPTY_FORM);
  /** Errors are shown once the form has been submitted, then kept up to date while typing. */
  private readonly submitted = signal(false);
  private readonly serverErrors = signal<UpdateErrors>({});
  protected readonly pending = signal(false);
  protected readonly saveDone = signal(false);
  protected readonly resumed = signal(false);
  protected readonly apiError = signal<string | null>(null);
  protected readonly conflict = signal<Conflict | null>(null);

  protected readonly locked = computed(() => this.action().lockedReason);
  protected readonly worse = computed(() =>
    isWorse(this.form().status, this.action().status),
  );
  protected readonly narrativeHint = computed(() =>
    narrativeHint(this.worse(), this.action().status),
  );
  protected readonly errors = computed<UpdateErrors>(() => ({
    ...this.serverErrors(),
    ...(this.submitted()
      ? validateUpdate(this.form(), this.action().status)
      : {}),
  }));

  ngOnInit(): void {
    this.fill(this.action());
  }

  /** Keeps a field's value; what the API said about that field no longer applies. */
  protected set<F extends UpdateField>(
    field: F,
    value: UpdateFormValue[F],
  ): void {
    this.form.update((form) => ({ ...form, [field]: value }));
    this.serverErrors.update(({ [field]: _stale, ...others }) => others);
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.pending() || this.locked()) {
      return;
    }
    this.submitted.set(true);
    this.serverErrors.set({});
    this.apiError.set(null);
    this.saveDone.set(false);
    this.resumed.set(false);
    if (
      focusFirstError(
        this.host.nativeElement,
        validateUpdate(this.form(), this.action().status),
      )
    ) {
      return;
    }
    const action = this.action();
    const request = toRequest(this.form(), action.version);
    this.pending.set(true);
    this.api
      .postUpdate(action.id, request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) => {
          this.pending.set(false);
          this.fill(response.action);
          this.saveDone.set(true);
          this.saved.emit(response);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.fail(error, request);
        },
      });
  }

  /** "Reprendre avec la version à jour": the newer action, what the user typed kept. */
  protected resume(current: ActionDetail): void {
    this.closeConflict();
    this.replaced.emit(current);
    this.resumed.set(true);
  }

  /** "Annuler mes modifications": the newer action, the form back to its values. */
  protected discard(current: ActionDetail): void {
    this.closeConflict();
    this.replaced.emit(current);
    this.fill(current);
  }

  protected closeConflict(): void {
    this.conflict.set(null);
    // Once the dialog is gone (the rest of the page is inert while it is open).
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLButtonElement>('button[type=submit]')
          ?.focus(),
      { injector: this.injector },
    );
  }

  private fill(action: ActionDetail): void {
    this.form.set(formValueOf(action));
    this.submitted.set(false);
    this.serverErrors.set({});
  }

  private fail(error: unknown, request: StatusUpdateRequest): void {
    const conflict = conflictOf(error);
    if (conflict) {
      const { status, progress } = request;
      const attempted = { status, progress };
      return this.conflict.set({ current: conflict.current, attempted });
    }
    this.serverErrors.set(fieldErrorsOf(error));
    focusFirstError(this.host.nativeElement, this.serverErrors());
    this.apiError.set(apiErrorMessage(error));
  }
}
