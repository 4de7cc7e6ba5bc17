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
import { formatDateFr } from '@boussole/domain';
import {
  ConflictNoticeComponent,
  DateFieldComponent,
  FormAlertsComponent,
  FormState,
  InputFieldComponent,
} from '../../../shared/forms';
import type { AdminCycle } from '../admin-types';
import { CyclesAdminApi } from '../api/cycles-admin.api';
import { conflictRows, type Conflict } from '../conflict-rows';
import { focusAfterRender } from '../focus';
import { sendForm } from '../save-form';
import {
  CYCLE_FIELD_IDS,
  cycleFormValueOf,
  toCycleRequest,
  validateCycle,
  type CycleFormValue,
} from './cycle-form-model';

const LABELS = {
  label: 'Libellé',
  opensOn: 'Date d’ouverture',
  closesOn: 'Date de clôture',
} as const;

/** Creates a reporting cycle of the plan, or edits one that is not closed: label and dates. */
@Component({
  selector: 'bsl-cycle-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ConflictNoticeComponent,
    DateFieldComponent,
    FormAlertsComponent,
    InputFieldComponent,
  ],
  template: `
    @let errors = form.errors();
    <bsl-form-alerts [error]="form.apiError()" />
    @if (conflict(); as conflict) {
      <bsl-conflict-notice
        heading="Cette campagne a été modifiée entre-temps"
        titleId="campagne-conflit-titre"
        who="Quelqu’un d’autre l’a enregistrée depuis que vous avez ouvert ce formulaire."
        reloadLabel="Reprendre la version à jour"
        [rows]="conflict.rows"
        (reload)="takeCurrent(conflict.current)"
      />
    }
    <form novalidate (submit)="submit($event)">
      <p class="fr-hint-text">
        Tous les champs sont obligatoires. Une campagne ne chevauche aucune
        autre campagne du projet.
      </p>
      <bsl-input-field
        [fieldId]="ids.label"
        [label]="labels.label"
        hint="Par exemple « T1 2026 »."
        [required]="true"
        [maxlength]="50"
        [error]="errors.label"
        [value]="form.value().label"
        (valueChange)="form.set('label', $event)"
      />
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          <bsl-date-field
            [fieldId]="ids.opensOn"
            [label]="labels.opensOn"
            hint="Format attendu : JJ/MM/AAAA."
            [required]="true"
            [error]="errors.opensOn"
            [value]="form.value().opensOn"
            (valueChange)="form.set('opensOn', $event)"
          />
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <bsl-date-field
            [fieldId]="ids.closesOn"
            [label]="labels.closesOn"
            hint="Le jour de l’ouverture ou après."
            [required]="true"
            [min]="form.value().opensOn || null"
            [error]="errors.closesOn"
            [value]="form.value().closesOn"
            (valueChange)="form.set('closesOn', $event)"
          />
        </div>
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        <li>
          <button type="submit" class="fr-btn" [disabled]="form.pending()">
            {{ cycle() ? 'Enregistrer la campagne' : 'Créer la campagne' }}
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
export class CycleFormComponent implements OnInit {
  readonly planId = input.required<number>();
  /** The cycle edited; null to create one (planned). */
  readonly cycle = input<AdminCycle | null>(null);
  readonly saved = output<AdminCycle>();
  readonly cancelled = output<void>();

  private readonly api = inject(CyclesAdminApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly ids = CYCLE_FIELD_IDS;
  protected readonly labels = LABELS;
  protected readonly form = new FormState(
    signal<CycleFormValue>(cycleFormValueOf(null)),
    {
      ids: CYCLE_FIELD_IDS,
      validate: validateCycle,
    },
  );
  protected readonly conflict = signal<Conflict<AdminCycle> | null>(null);
  private version = 0;

  ngOnInit(): void {
    this.fill(this.cycle());
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const root = this.host.nativeElement;
    if (!this.form.start(root)) return;
    this.conflict.set(null);
    const cycle = this.cycle();
    const request = toCycleRequest(this.form.value(), this.planId());
    const { planId: _plan, ...fields } = request;
    sendForm(
      this.form,
      root,
      cycle
        ? this.api.patch(cycle.id, { ...fields, version: this.version })
        : this.api.create(request),
      this.destroyRef,
      {
        saved: (saved) => this.saved.emit(saved),
        conflict: (current) =>
          this.conflict.set({
            current,
            rows: conflictRows(
              LABELS,
              display(cycleFormValueOf(current)),
              display(this.form.value()),
            ),
          }),
      },
    );
  }

  protected takeCurrent(cycle: AdminCycle): void {
    this.fill(cycle);
    focusAfterRender(
      this.injector,
      this.host.nativeElement,
      `#${this.ids.label}`,
    );
  }

  private fill(cycle: AdminCycle | null): void {
    this.conflict.set(null);
    this.version = cycle?.version ?? 0;
    this.form.reset(cycleFormValueOf(cycle));
  }
}

function display(value: CycleFormValue): CycleFormValue {
  const date = (day: string) => (day ? formatDateFr(day) : '');
  return {
    label: value.label,
    opensOn: date(value.opensOn),
    closesOn: date(value.closesOn),
  };
}
