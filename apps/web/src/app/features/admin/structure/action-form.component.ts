import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { UNITS, type UserSummary } from '@boussole/domain';
import { domainText } from '../../../core/i18n/domain-text';
import { Subject, catchError, of, switchMap } from 'rxjs';
import {
  CheckboxFieldComponent,
  DateFieldComponent,
  InputFieldComponent,
  NumberFieldComponent,
  SelectFieldComponent,
  TextareaFieldComponent,
  type FieldOption,
} from '../../../shared/forms';
import type { AdminAction } from '../admin-types';
import { PeopleApi, type OwnerGroups } from '../api/people.api';
import { StructureApi } from '../api/structure.api';
import { RecordFormComponent } from '../record-form.component';
import { RecordForm } from '../save-form';
import {
  ACTION_FIELD_IDS,
  actionFormValueOf,
  toActionRequest,
  validateAction,
  type ActionField,
  type ActionFormValue,
} from './action-form-model';

const LABELS: Readonly<Record<Exclude<ActionField, 'regional'>, string>> = {
  code: $localize`Code`,
  title: $localize`Titre`,
  description: $localize`Description`,
  unitCode: $localize`Sous-direction`,
  ownerId: $localize`Responsable`,
  startDate: $localize`Date de début`,
  dueDate: $localize`Échéance`,
  weight: $localize`Poids`,
};

const UNIT_OPTIONS: readonly FieldOption[] = UNITS.map((unit) => ({
  value: unit.code,
  label: `${unit.code} – ${domainText(unit.name)}`,
}));

/** Nobody to choose yet: the owners are loaded once a unit is chosen. */
const NO_OWNERS: OwnerGroups = { managers: [], directors: [], admins: [] };

/** Adds an action to an objective, or edits every field of one (DESIGN §2). */
@Component({
  selector: 'bsl-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CheckboxFieldComponent,
    DateFieldComponent,
    InputFieldComponent,
    NumberFieldComponent,
    RecordFormComponent,
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
  private readonly destroyRef = inject(DestroyRef);

  protected readonly ids = ACTION_FIELD_IDS;
  protected readonly labels = LABELS;
  protected readonly units = UNIT_OPTIONS;
  protected readonly submitLabel = computed(() =>
    this.action()
      ? $localize`Enregistrer l’action`
      : $localize`Ajouter l’action`,
  );
  protected readonly codeHint = computed(() =>
    this.action()
      ? $localize`Par exemple 1.2.3 ; unique dans le projet.`
      : $localize`Laissé vide : le code de l’objectif suivi du prochain numéro libre.`,
  );
  protected readonly record = new RecordForm<
    AdminAction,
    ActionFormValue,
    ActionField
  >({
    initial: actionFormValueOf(null),
    valueOf: actionFormValueOf,
    ids: ACTION_FIELD_IDS,
    validate: (value) => validateAction(value, this.action() === null),
    labels: LABELS,
    display: (value) => this.display(value),
    first: `#${ACTION_FIELD_IDS.code}`,
    // The owners offered depend on the unit.
    filled: (value) => this.unitChosen.next(value.unitCode),
  });
  protected readonly form = this.record.form;

  private readonly unitChosen = new Subject<string>();
  private readonly owners = signal<OwnerGroups>(NO_OWNERS);
  protected readonly ownersError = signal<string | null>(null);
  protected readonly ownerOptions = computed<FieldOption[]>(() => {
    const { managers, directors, admins } = this.owners();
    const unit = this.form.value().unitCode;
    const options: FieldOption[] = [
      { value: '', label: $localize`Aucun responsable pour l’instant` },
      ...managers.map((user) =>
        option(user, $localize`chef·fe de projet ${unit}:UNIT:`),
      ),
      ...directors.map((user) => option(user, $localize`direction`)),
      ...admins.map((user) => option(user, $localize`administration`)),
    ];
    // An owner who is no longer eligible (deactivated, say) stays shown until changed.
    const owner = this.action()?.owner;
    if (owner && !options.some((o) => o.value === String(owner.id))) {
      options.push(option(owner, $localize`actuel·le`));
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
                    $localize`La liste des responsables possibles n’a pas pu être chargée : le responsable pourra être choisi plus tard.`,
                  );
                  return of(NO_OWNERS);
                }),
              ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((owners) => this.owners.set(owners));
    this.record.fill(this.action());
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

  protected submit(): void {
    const action = this.action();
    const request = () =>
      toActionRequest(
        this.form.value(),
        action?.objectiveId ?? this.objectiveId(),
      );
    this.record.save(
      action,
      {
        create: () => this.api.createAction(request()),
        patch: (action, version) => {
          const { objectiveId: _unchanged, ...fields } = request();
          return this.api.patchAction(action.id, { ...fields, version });
        },
      },
      (saved) => this.saved.emit(saved),
    );
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
