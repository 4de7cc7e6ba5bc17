import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import {
  ConflictNoticeComponent,
  FormAlertsComponent,
  FormState,
  InputFieldComponent,
  TextareaFieldComponent,
} from '../../../shared/forms';
import type { AdminObjective } from '../admin-types';
import { StructureApi } from '../api/structure.api';
import { conflictRows, type Conflict } from '../conflict-rows';
import { focusAfterRender } from '../focus';
import { sendForm } from '../save-form';
import {
  OBJECTIVE_FIELD_IDS,
  objectiveFormValueOf,
  toObjectiveRequest,
  validateObjective,
  type ObjectiveFormValue,
} from './axis-form-model';

const LABELS = { title: 'Titre', description: 'Description' } as const;

/** Adds an objective to an axis, or edits one: title and description. */
@Component({
  selector: 'bsl-objective-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ConflictNoticeComponent,
    FormAlertsComponent,
    InputFieldComponent,
    TextareaFieldComponent,
  ],
  template: `
    @let errors = form.errors();
    <bsl-form-alerts [error]="form.apiError()" />
    @if (conflict(); as conflict) {
      <bsl-conflict-notice
        heading="Cet objectif a été modifié entre-temps"
        titleId="objectif-conflit-titre"
        who="Quelqu’un d’autre l’a enregistré depuis que vous avez ouvert ce formulaire."
        reloadLabel="Reprendre la version à jour"
        [rows]="conflict.rows"
        (reload)="takeCurrent(conflict.current)"
      />
    }
    <form novalidate (submit)="submit($event)">
      <p class="fr-hint-text">
        Sauf mention contraire, tous les champs sont obligatoires.
      </p>
      <bsl-input-field
        [fieldId]="ids.title"
        [label]="labels.title"
        [required]="true"
        [maxlength]="500"
        [error]="errors.title"
        [value]="form.value().title"
        (valueChange)="form.set('title', $event)"
      />
      <bsl-textarea-field
        [fieldId]="ids.description"
        [label]="labels.description"
        mark="optional"
        [rows]="4"
        [error]="errors.description"
        [value]="form.value().description"
        (valueChange)="form.set('description', $event)"
      />
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        <li>
          <button type="submit" class="fr-btn" [disabled]="form.pending()">
            {{ objective() ? 'Enregistrer l’objectif' : 'Ajouter l’objectif' }}
          </button>
        </li>
        <li>
          <button
            type="button"
            class="fr-btn fr-btn--secondary"
            (click)="cancelled.emit()"
          >
            Annuler
          </button>
        </li>
      </ul>
    </form>
  `,
})
export class ObjectiveFormComponent implements OnInit {
  /** The axis a new objective goes under. */
  readonly axisId = input.required<number>();
  /** The objective edited; null to add one (at the end of the axis). */
  readonly objective = input<AdminObjective | null>(null);
  readonly saved = output<AdminObjective>();
  readonly cancelled = output<void>();

  private readonly api = inject(StructureApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly ids = OBJECTIVE_FIELD_IDS;
  protected readonly labels = LABELS;
  protected readonly form = new FormState(
    signal<ObjectiveFormValue>(objectiveFormValueOf(null)),
    { ids: OBJECTIVE_FIELD_IDS, validate: validateObjective },
  );
  protected readonly conflict = signal<Conflict<AdminObjective> | null>(null);
  private version = 0;

  ngOnInit(): void {
    this.fill(this.objective());
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const root = this.host.nativeElement;
    if (!this.form.start(root)) return;
    this.conflict.set(null);
    const objective = this.objective();
    const request = toObjectiveRequest(this.form.value());
    sendForm(
      this.form,
      root,
      objective
        ? this.api.patchObjective(objective.id, {
            ...request,
            version: this.version,
          })
        : this.api.createObjective(this.axisId(), request),
      this.destroyRef,
      {
        saved: (saved) => this.saved.emit(saved),
        conflict: (current) =>
          this.conflict.set({
            current,
            rows: conflictRows(
              LABELS,
              objectiveFormValueOf(current),
              this.form.value(),
            ),
          }),
      },
    );
  }

  protected takeCurrent(objective: AdminObjective): void {
    this.fill(objective);
    focusAfterRender(
      this.injector,
      this.host.nativeElement,
      `#${this.ids.title}`,
    );
  }

  private fill(objective: AdminObjective | null): void {
    this.conflict.set(null);
    this.version = objective?.version ?? 0;
    this.form.reset(objectiveFormValueOf(objective));
  }
}
