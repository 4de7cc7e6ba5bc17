import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  isRole,
  type Role,
  type UserPatchRequest,
  type UserPayload,
} from '@boussole/domain';
import { firstValueFrom } from 'rxjs';
import {
  ConflictNoticeComponent,
  FormAlertsComponent,
  FormState,
  InputFieldComponent,
  SaveNoticeComponent,
  SelectFieldComponent,
  conflictCurrent,
  type ConflictRow,
} from '../../../shared/forms';
import { roleLabel, scopeLabel, scopeOfRole, scopeText } from '../user-format';
import {
  REGION_OPTIONS,
  ROLE_HINT,
  ROLE_OPTIONS,
  UNIT_OPTIONS,
  USER_FIELD_IDS,
  scopeFields,
  userFormOf,
  validateUser,
  type UserField,
  type UserFormValue,
} from '../user-form';
import { UsersApi } from '../users.api';

/** A conflict: the user as someone else saved them, and what was typed here. */
interface UserConflict {
  current: UserPayload;
  attempted: UserFormValue;
}

/**
 * "Modifier" a user: name, role and the scope the role needs, saved with the version seen
 * (a 409 shows the saved version beside the typed one). The API refuses in French what would
 * leave no active administrator.
 */
@Component({
  selector: 'bsl-user-edit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ConflictNoticeComponent,
    FormAlertsComponent,
    InputFieldComponent,
    SaveNoticeComponent,
    SelectFieldComponent,
  ],
  templateUrl: './user-edit-form.component.html',
})
export class UserEditFormComponent {
  readonly user = input.required<UserPayload>();
  /** Saved, or reloaded after a conflict: the user as the API has them now. */
  readonly saved = output<UserPayload>();

  private readonly api = inject(UsersApi);
  private readonly formElement =
    viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  protected readonly ids = USER_FIELD_IDS;
  protected readonly roleHint = ROLE_HINT;
  protected readonly roles = ROLE_OPTIONS;
  protected readonly units = UNIT_OPTIONS;
  protected readonly regions = REGION_OPTIONS;
  protected readonly form = new FormState<UserFormValue, UserField>(
    linkedSignal(() => userFormOf(this.user())),
    {
      ids: USER_FIELD_IDS,
      validate: (value) => validateUser(value, { withEmail: false }),
    },
  );
  protected readonly scope = computed(() => {
    const role = this.form.value().role;
    return isRole(role) ? scopeOfRole(role) : null;
  });
  protected readonly success = signal<string | null>(null);
  protected readonly conflict = signal<UserConflict | null>(null);
  protected readonly conflictRows = computed<ConflictRow[]>(() => {
    const conflict = this.conflict();
    if (!conflict) return [];
    const { current, attempted } = conflict;
    const typedScope = scopeFields(attempted);
    return [
      {
        label: $localize`Nom`,
        current: current.name,
        attempted: attempted.name.trim(),
      },
      {
        label: $localize`Rôle`,
        current: roleLabel(current.role),
        attempted: roleLabel(attempted.role as Role),
      },
      {
        label: $localize`Rattachement`,
        current: scopeLabel(current) || $localize`aucun`,
        attempted:
          scopeText(typedScope.unitCode, typedScope.regionCode) ||
          $localize`aucun`,
      },
    ];
  });

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const root = this.formElement().nativeElement;
    this.success.set(null);
    if (!this.form.start(root)) return;
    const value = this.form.value();
    const body: UserPatchRequest = {
      name: value.name.trim(),
      role: value.role as Role,
      ...scopeFields(value),
      version: this.user().version,
    };
    let user: UserPayload;
    try {
      user = await firstValueFrom(this.api.update(this.user().id, body));
    } catch (error: unknown) {
      const current = conflictCurrent<UserPayload>(error);
      if (current) {
        this.form.succeeded();
        this.conflict.set({ current, attempted: value });
        return;
      }
      this.form.failed(error, root, { alert: 'without-fields' });
      return;
    }
    this.form.succeeded();
    this.conflict.set(null);
    this.success.set(
      $localize`Les modifications de la fiche de ${user.name}:NAME: sont enregistrées.`,
    );
    this.saved.emit(user);
  }

  /** Takes the saved version: the form follows the new `user` input. */
  protected reload(): void {
    const conflict = this.conflict();
    if (!conflict) return;
    this.conflict.set(null);
    this.saved.emit(conflict.current);
  }
}
