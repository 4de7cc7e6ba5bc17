import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  isWorseStatus,
  type ActionDetail,
  type StatusUpdateRequest,
  type StatusUpdateResponse,
} from '@boussole/domain';
import {
  EditedRecord,
  FormAlertsComponent,
  FormState,
  OutdatedNoticeComponent,
  ProgressFieldComponent,
  SaveNoticeComponent,
  StatusRadiosComponent,
  TextareaFieldComponent,
  conflictCurrent,
} from '../../../shared/forms';
import { ActionApi } from '../action.api';
import { withStatusUpdate } from '../with-status-update';
import {
  ConflictDialogComponent,
  type Conflict,
} from './conflict-dialog.component';
import {
  EMPTY_FORM,
  FIELD_IDS,
  formValueOf,
  narrativeHint,
  toRequest,
  validateUpdate,
  type UpdateFormValue,
} from './update-form-validation';

/** "Mettre à jour l’action": météo, progress and texts, checked in French before calling the API. */
@Component({
  selector: 'bsl-update-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ConflictDialogComponent,
    FormAlertsComponent,
    OutdatedNoticeComponent,
    ProgressFieldComponent,
    SaveNoticeComponent,
    StatusRadiosComponent,
    TextareaFieldComponent,
  ],
  templateUrl: './update-form.component.html',
})
export class UpdateFormComponent {
  readonly action = input.required<ActionDetail>();
  /** A status update was saved: the API’s answer (what the update changed of the action, and the update). */
  readonly saved = output<StatusUpdateResponse>();
  /** After a conflict, the user took the version of the action saved by someone else. */
  readonly replaced = output<ActionDetail>();

  private readonly api = inject(ActionApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly form = new FormState(signal<UpdateFormValue>(EMPTY_FORM), {
    ids: FIELD_IDS,
    validate: (value) => validateUpdate(value, this.action().status),
  });
  /**
   * The version being edited: the page shows other users' writes live, and a newer version fills
   * the form again only while nothing has been typed in it.
   */
  protected readonly edited = new EditedRecord(
    this.action,
    this.form.value,
    formValueOf,
  );
  protected readonly saveDone = signal(false);
  protected readonly savedText = $localize`Point d’avancement enregistré.`;
  protected readonly resumedInfo = $localize`La version à jour de l’action est affichée et vos saisies sont conservées : vérifiez-les puis enregistrez à nouveau.`;
  protected readonly resumed = signal(false);
  protected readonly conflict = signal<Conflict | null>(null);

  protected readonly locked = computed(() => this.action().lockedReason);
  protected readonly worse = computed(() =>
    isWorseStatus(this.form.value().status, this.action().status),
  );
  protected readonly narrativeHint = computed(() =>
    narrativeHint(this.worse(), this.action().status),
  );

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.form.pending() || this.locked()) {
      return;
    }
    this.saveDone.set(false);
    this.resumed.set(false);
    if (!this.form.start(this.host.nativeElement)) {
      return;
    }
    // The version the user started from: a newer one saved meanwhile makes the API answer 409.
    const action = this.edited.base() ?? this.action();
    const request = toRequest(this.form.value(), action.version);
    this.api
      .postUpdate(action.id, request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) => {
          this.form.succeeded();
          this.fill(withStatusUpdate(this.action(), response));
          this.saveDone.set(true);
          this.saved.emit(response);
        },
        error: (error: unknown) => this.fail(error, request),
      });
  }

  /** "Reprendre avec la version à jour": the newer action, what the user typed kept. */
  protected resume(current: ActionDetail): void {
    this.edited.rebase(current);
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

  /** "Voir la nouvelle version": the action as saved by someone else replaces what was typed. */
  protected takeNewer(): void {
    this.edited.takeNewer();
    this.form.reset();
    this.resumed.set(false);
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('input[type=radio]:checked')
          ?.focus(),
      { injector: this.injector },
    );
  }

  private fill(action: ActionDetail): void {
    this.edited.fill(action);
    this.form.reset();
  }

  private fail(error: unknown, request: StatusUpdateRequest): void {
    const current = conflictCurrent<ActionDetail>(error);
    if (!current) {
      return this.form.failed(error, this.host.nativeElement);
    }
    this.form.pending.set(false);
    const { status, progress } = request;
    this.conflict.set({ current, attempted: { status, progress } });
  }
}
