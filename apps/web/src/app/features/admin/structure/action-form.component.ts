import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { UNITS, type UserSummary } from '@boussole/domain';
import { Subject, catchError, of, switchMap } from 'rxjs';
import {
  CheckboxFieldComponent,
  ConflictNoticeComponent,
  DateFieldComponent,
  FormAlertsComponent,
  FormState,
  InputFieldComponent,
  NumberFieldComponent,
  SelectFieldComponent,
  TextareaFieldComponent,
  type FieldOption,
} from '../../../shared/forms';
import type { AdminAction } from '../admin-types';
import { PeopleApi, type OwnerGroups } from '../api/people.api';
import { StructureApi } from '../api/structure.api';
import { conflictRows, type Conflict } from '../conflict-rows';
import { focusAfterRender } from '../focus';
import { sendForm } from '../save-form';
import {
  ACTION_FIELD_IDS,
  actionFormValueOf,
  toActionRequest,
  validateAction,
  type ActionField,
  type ActionFormValue,
} from './action-form-model';

const LABELS: Readonly<Record<Exclude<ActionField, 'regional'>, string>> = {
  code: 'Code',
  title: 'Titre',
  description: 'Description',
  unitCode: 'Sous-direction',
  ownerId: 'Responsable',
  startDate: 'Date de début',
  dueDate: 'Échéance',
  weight: 'Poids',
};

const UNIT_OPTIONS: readonly FieldOption[] = UNITS.map((unit) => ({
  value: unit.code,
  label: `${unit.code} – ${unit.name}`,
}));

/** Nobody to choose yet: the owners are loaded once a unit is chosen. */
const NO_OWNERS: OwnerGroups = { managers: [], directors: [], admins: [] };

/** Adds an action to an objective, or edits every field of one (DESIGN §2). */
@Component({
  selector: 'bsl-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CheckboxFieldComponent,
    ConflictNoticeComponent,
    DateFieldComponent,
    FormAlertsComponent,
    InputFieldComponent,
    NumberFieldComponent,
    SelectFieldComponent,
    TextareaFieldComponent,
  ],
  templateUrl: './action-form.component.html',
})
export class ActionFormComponent implements OnInit {
  /** The objective a new action goes under. */
  readonly objectiveId = input.required<number>();
  /** The action edited; null to add one (at the end of the objective). */
  readonly action = input<AdminAction | null>(null);
  readonly saved = output<AdminAction>();
  readonly cancelled = output<void>();

  private readonly api = inject(StructureApi);
  private readonly people = inject(PeopleApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly ids = ACTION_FIELD_IDS;
  protected readonly labels = LABELS;
  protected readonly units = UNIT_OPTIONS;
  protected readonly form = new FormState(
    signal<ActionFormValue>(actionFormValueOf(null)),
    {
      ids: ACTION_FIELD_IDS,
      validate: (value: ActionFormValue) =>
        validateAction(value, this.action() === null),
    },
  );
  protected readonly conflict = signal<Conflict<AdminAction> | null>(null);
  private version = 0;

  private readonly unitChosen = new Subject<string>();
  private readonly owners = signal<OwnerGroups>(NO_OWNERS);
  protected readonly ownersError = signal<string | null>(null);
  protected readonly ownerOptions = computed<FieldOption[]>(() => {
    const { managers, directors, admins } = this.owners();
    const unit = this.form.value().unitCode;
    const options: FieldOption[] = [
      { value: '', label: 'Aucun responsable pour l’instant' },
      ...managers.map((user) => option(user, `chef·fe de projet ${unit}`)),
      ...directors.map((user) => option(user, 'direction')),
      ...admins.map((user) => option(user, 'administration')),
    ];
    // An owner who is no longer eligible (deactivated, say) stays shown until changed.
    const owner = this.action()?.owner;
    if (owner && !options.some((o) => o.value === String(owner.id))) {
      options.push(option(owner, 'actuel·le'));
    }
    return options;
  });

  ngOnInit(): void {
    this.unitChosen
      .pipe(
        switchMap((unit) =>
          unit === ''
            ? of(NO_OWNERS)
            : this.people.owners(unit).pipe(
                catchError(() => {
                  this.ownersError.set(
                    'La liste des responsables possibles n’a pas pu être chargée : le responsable pourra être choisi plus tard.',
                  );
                  return of(NO_OWNERS);
                }),
              ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((owners) => this.owners.set(owners));
    this.fill(this.action());
  }

  protected setUnit(unit: string): void {
    this.form.set('unitCode', unit);
    // The owner must be able to update the action: a project manager of another unit cannot.
    const owner = this.form.value().ownerId;
    if (
      owner &&
      this.owners().managers.some((user) => String(user.id) === owner)
    ) {
      this.form.set('ownerId', '');
    }
    this.ownersError.set(null);
    this.unitChosen.next(unit);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const root = this.host.nativeElement;
    if (!this.form.start(root)) return;
    this.conflict.set(null);
    const action = this.action();
    const request = toActionRequest(
      this.form.value(),
      action?.objectiveId ?? this.objectiveId(),
    );
    const { objectiveId: _unchanged, ...fields } = request;
    sendForm(
      this.form,
      root,
      action
        ? this.api.patchAction(action.id, { ...fields, version: this.version })
        : this.api.createAction(request),
      this.destroyRef,
      {
        saved: (saved) => this.saved.emit(saved),
        conflict: (current) =>
          this.conflict.set({
            current,
            rows: conflictRows(
              LABELS,
              this.display(actionFormValueOf(current)),
              this.display(this.form.value()),
            ),
          }),
      },
    );
  }

  protected takeCurrent(action: AdminAction): void {
    this.fill(action);
    focusAfterRender(
      this.injector,
      this.host.nativeElement,
      `#${this.ids.code}`,
    );
  }

  private fill(action: AdminAction | null): void {
    this.conflict.set(null);
    this.version = action?.version ?? 0;
    const value = actionFormValueOf(action);
    this.form.reset(value);
    this.unitChosen.next(value.unitCode);
  }

  /** The values as the user reads them: names rather than ids, "Oui"/"Non". */
  private display(
    value: ActionFormValue,
  ): Record<Exclude<ActionField, 'regional'>, string> {
    const { regional: _regional, ...texts } = value;
    const owner = this.ownerOptions().find((o) => o.value === value.ownerId);
    return {
      ...texts,
      ownerId: value.ownerId ? (owner?.label ?? value.ownerId) : '',
    };
  }
}

function option(user: UserSummary, role: string): FieldOption {
  return { value: String(user.id), label: `${user.name} (${role})` };
}
