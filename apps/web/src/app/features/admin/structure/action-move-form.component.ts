import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import {
  FormAlertsComponent,
  FormState,
  SelectFieldComponent,
  type FieldErrors,
  type FieldOption,
} from '../../../shared/forms';
import type { AdminAction, AdminAxis } from '../admin-types';
import { StructureApi } from '../api/structure.api';
import { sendForm } from '../save-form';

type MoveField = 'objectiveId';
interface MoveFormValue {
  objectiveId: string;
}

const IDS: Readonly<Record<MoveField, string>> = {
  objectiveId: 'deplacer-objectif',
};

function validateMove(value: MoveFormValue): FieldErrors<MoveField> {
  return value.objectiveId === ''
    ? { objectiveId: $localize`Choisissez l’objectif qui accueille l’action.` }
    : {};
}

/**
 * "Déplacer vers un autre objectif": the action keeps its id, history, comments, milestones and
 * deployments (the API moves it; it goes at the end of the objective chosen).
 */
@Component({
  selector: 'bsl-action-move-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormAlertsComponent, SelectFieldComponent],
  template: `
    <bsl-form-alerts [error]="form.apiError()" [info]="notice()" />
    <form novalidate (submit)="submit($event)">
      <p i18n>
        L’action « {{ action().code // i18n(ph="CODE") }} –
        {{ action().title // i18n(ph="TITLE") }} » garde son historique, ses
        commentaires, ses jalons et ses déploiements. Elle se place à la fin de
        l’objectif choisi.
      </p>
      <bsl-select-field
        [fieldId]="ids.objectiveId"
        label="Nouvel objectif"
        i18n-label
        placeholder="Choisir un objectif"
        i18n-placeholder
        [required]="true"
        [options]="options()"
        [error]="form.errors().objectiveId"
        [value]="form.value().objectiveId"
        (valueChange)="form.set('objectiveId', $event)"
      />
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        <li>
          <button type="submit" class="fr-btn" [disabled]="form.pending()" i18n>
            Déplacer l’action
          </button>
        </li>
        <li>
          <button
            type="button"
            class="fr-btn fr-btn--secondary"
            (click)="cancelled.emit()"
            i18n
          >
            Annuler
          </button>
        </li>
      </ul>
    </form>
  `,
})
export class ActionMoveFormComponent implements OnInit {
  readonly action = input.required<AdminAction>();
  /** The plan's axes with their objectives. */
  readonly axes = input.required<readonly AdminAxis[]>();
  readonly saved = output<AdminAction>();
  readonly cancelled = output<void>();

  private readonly api = inject(StructureApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly ids = IDS;
  protected readonly form = new FormState(
    signal<MoveFormValue>({ objectiveId: '' }),
    {
      ids: IDS,
      validate: validateMove,
    },
  );
  protected readonly notice = signal<string | null>(null);
  protected readonly options = computed<FieldOption[]>(() =>
    [...this.axes()]
      .sort((a, b) => a.number - b.number)
      .flatMap((axis) =>
        [...axis.objectives]
          .sort((a, b) => a.number - b.number)
          .map((objective) => ({
            value: String(objective.id),
            label: $localize`Axe ${axis.number}:NUMBER: – Objectif ${objective.code}:CODE: – ${objective.title}:TITLE:`,
            disabled: objective.id === this.action().objectiveId,
          })),
      ),
  );
  private version = 0;

  ngOnInit(): void {
    this.version = this.action().version;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const root = this.host.nativeElement;
    if (!this.form.start(root)) return;
    this.notice.set(null);
    sendForm(
      this.form,
      root,
      this.api.patchAction(this.action().id, {
        objectiveId: Number(this.form.value().objectiveId),
        version: this.version,
      }),
      this.destroyRef,
      {
        saved: (saved) => this.saved.emit(saved),
        conflict: (current) => {
          this.version = current.version;
          this.notice.set(
            $localize`Cette action a été modifiée entre-temps (elle est maintenant sous l’objectif ${current.objectiveCode}:CODE:). Vérifiez l’objectif choisi, puis déplacez-la de nouveau.`,
          );
        },
      },
    );
  }
}
