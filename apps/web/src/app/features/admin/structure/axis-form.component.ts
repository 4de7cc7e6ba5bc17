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
import type { UserSummary } from '@boussole/domain';
import {
  ConflictNoticeComponent,
  FormAlertsComponent,
  FormState,
  InputFieldComponent,
  NumberFieldComponent,
  SelectFieldComponent,
  TextareaFieldComponent,
  type FieldOption,
} from '../../../shared/forms';
import type { AdminAxis } from '../admin-types';
import { PeopleApi } from '../api/people.api';
import { StructureApi } from '../api/structure.api';
import { conflictRows, type Conflict } from '../conflict-rows';
import { focusAfterRender } from '../focus';
import { sendForm } from '../save-form';
import {
  AXIS_FIELD_IDS,
  axisFormValueOf,
  toAxisRequest,
  validateAxis,
  type AxisFormValue,
} from './axis-form-model';

const LABELS = {
  number: 'Numéro',
  title: 'Titre',
  description: 'Description',
  sponsorId: 'Sponsor',
} as const;

/** Creates an axis of the plan, or edits one: number (its place), title, description, sponsor. */
@Component({
  selector: 'bsl-axis-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ConflictNoticeComponent,
    FormAlertsComponent,
    InputFieldComponent,
    NumberFieldComponent,
    SelectFieldComponent,
    TextareaFieldComponent,
  ],
  template: `
    @let errors = form.errors();
    <bsl-form-alerts [error]="form.apiError()" [info]="sponsorsError()" />
    @if (conflict(); as conflict) {
      <bsl-conflict-notice
        heading="Cet axe a été modifié entre-temps"
        titleId="axe-conflit-titre"
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
      <bsl-number-field
        [fieldId]="ids.number"
        [label]="labels.number"
        [hint]="numberHint()"
        [required]="true"
        [integer]="true"
        width="8rem"
        [error]="errors.number"
        [value]="form.value().number"
        (valueChange)="form.set('number', $event)"
      />
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
      <bsl-select-field
        [fieldId]="ids.sponsorId"
        [label]="labels.sponsorId"
        mark="optional"
        hint="Un membre de la direction."
        [options]="sponsorOptions()"
        [error]="errors.sponsorId"
        [value]="form.value().sponsorId"
        (valueChange)="form.set('sponsorId', $event)"
      />
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        <li>
          <button type="submit" class="fr-btn" [disabled]="form.pending()">
            {{ axis() ? 'Enregistrer l’axe' : 'Ajouter l’axe' }}
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
export class AxisFormComponent implements OnInit {
  readonly planId = input.required<number>();
  /** How many axes the plan has now. */
  readonly axisCount = input.required<number>();
  /** The axis edited; null to add one. */
  readonly axis = input<AdminAxis | null>(null);
  readonly saved = output<AdminAxis>();
  readonly cancelled = output<void>();

  private readonly api = inject(StructureApi);
  private readonly people = inject(PeopleApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly ids = AXIS_FIELD_IDS;
  protected readonly labels = LABELS;
  /** A new axis may go anywhere up to after the last one; an edited one stays among the others. */
  protected readonly places = computed(() =>
    this.axis() ? this.axisCount() : this.axisCount() + 1,
  );
  protected readonly numberHint = computed(
    () =>
      `Sa place dans le projet, de 1 à ${this.places()} ; les suivants se décalent.`,
  );
  protected readonly form = new FormState(
    signal<AxisFormValue>(axisFormValueOf(null, 0)),
    {
      ids: AXIS_FIELD_IDS,
      validate: (value: AxisFormValue) => validateAxis(value, this.places()),
    },
  );
  protected readonly conflict = signal<Conflict<AdminAxis> | null>(null);
  private readonly sponsors = signal<UserSummary[]>([]);
  protected readonly sponsorsError = signal<string | null>(null);
  protected readonly sponsorOptions = computed<FieldOption[]>(() => {
    const current = this.axis()?.sponsor;
    const people = this.sponsors();
    const all =
      current && !people.some((person) => person.id === current.id)
        ? [current, ...people]
        : people;
    return [
      { value: '', label: 'Aucun sponsor pour l’instant' },
      ...all.map((person) => ({
        value: String(person.id),
        label: person.name,
      })),
    ];
  });
  private version = 0;

  ngOnInit(): void {
    this.fill(this.axis());
    this.people
      .sponsors()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (people) => this.sponsors.set(people),
        error: () =>
          this.sponsorsError.set(
            'La liste des membres de la direction n’a pas pu être chargée : le sponsor pourra être choisi plus tard.',
          ),
      });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const root = this.host.nativeElement;
    if (!this.form.start(root)) return;
    this.conflict.set(null);
    const axis = this.axis();
    const request = toAxisRequest(this.form.value());
    sendForm(
      this.form,
      root,
      axis
        ? this.api.patchAxis(axis.id, { ...request, version: this.version })
        : this.api.createAxis(this.planId(), request),
      this.destroyRef,
      {
        saved: (saved) => this.saved.emit(saved),
        conflict: (current) =>
          this.conflict.set({
            current,
            rows: conflictRows(
              LABELS,
              this.display(axisFormValueOf(current, 0)),
              this.display(this.form.value()),
            ),
          }),
      },
    );
  }

  protected takeCurrent(axis: AdminAxis): void {
    this.fill(axis);
    focusAfterRender(
      this.injector,
      this.host.nativeElement,
      `#${this.ids.number}`,
    );
  }

  private fill(axis: AdminAxis | null): void {
    this.conflict.set(null);
    this.version = axis?.version ?? 0;
    this.form.reset(axisFormValueOf(axis, this.axisCount()));
  }

  /** The values as the user reads them (the sponsor's name rather than an id). */
  private display(value: AxisFormValue): AxisFormValue {
    const sponsor = this.sponsorOptions().find(
      (option) => option.value === value.sponsorId,
    );
    return {
      ...value,
      sponsorId: value.sponsorId ? (sponsor?.label ?? value.sponsorId) : '',
    };
  }
}
