import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AxisValidationPayload, MissingAction } from '@boussole/domain';
import {
  FormAlertsComponent,
  FormState,
  TextareaFieldComponent,
} from '../../../shared/forms';
import { apiErrorStatus } from '../../../core/http/api-error';
import { CyclesApi } from '../cycles.api';
import {
  COMMENT_FIELD,
  TEXT_MAX,
  emptyValidation,
  justificationField,
  toValidateRequest,
  validateValidation,
  validationFieldIds,
  withFormFields,
  type ValidationField,
  type ValidationValue,
} from '../validation-form-model';

/**
 * "Valider l’axe N": an optional comment and, for each action of the axis still without an
 * update in the cycle, its required justification (kept with the validation).
 */
@Component({
  selector: 'bsl-validate-axis-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormAlertsComponent, TextareaFieldComponent],
  template: `
    @let errors = form.errors();
    <bsl-form-alerts [error]="form.apiError()" />
    <form novalidate (submit)="submit($event)">
      <p i18n>
        La validation fige l’état de l’axe tel qu’il est maintenant&nbsp;: ses
        points d’avancement, jalons, déploiements et mesures ne pourront plus
        être modifiés pour cette campagne, sauf réouverture par
        l’administration.
      </p>
      @if (missing().length) {
        <p>
          {{ missingSentence() }}
          <ng-container i18n
            >Justifiez chacune&nbsp;: les justifications sont conservées avec la
            validation.</ng-container
          >
        </p>
      } @else {
        <p i18n>
          Toutes les actions attendues de l’axe ont leur point d’avancement.
        </p>
      }
      <p class="fr-hint-text" i18n>
        Les champs marqués d’un astérisque (*) sont obligatoires.
      </p>
      @for (action of missing(); track action.id) {
        <bsl-textarea-field
          [fieldId]="ids[field(action.id)]"
          [label]="justificationLabel(action.code)"
          [hint]="action.title"
          mark="required"
          [required]="true"
          [rows]="2"
          [maxlength]="max"
          [error]="errors[field(action.id)]"
          [value]="form.value()[field(action.id)]"
          (valueChange)="form.set(field(action.id), $event)"
        />
      }
      <bsl-textarea-field
        [fieldId]="ids[comment]"
        label="Commentaire"
        i18n-label
        mark="optional"
        hint="Il accompagne la validation dans l’historique de la campagne."
        i18n-hint
        [maxlength]="max"
        [error]="errors[comment]"
        [value]="form.value()[comment]"
        (valueChange)="form.set(comment, $event)"
      />
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        <li>
          <button type="submit" class="fr-btn" [disabled]="form.pending()" i18n>
            Confirmer la validation
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
export class ValidateAxisFormComponent implements OnInit {
  readonly cycleId = input.required<number>();
  readonly axisId = input.required<number>();
  /** The axis's actions still expected in the cycle: one justification each. */
  readonly missing = input.required<readonly MissingAction[]>();
  readonly saved = output<AxisValidationPayload>();
  readonly cancelled = output<void>();
  /**
   * A 409 (validated meanwhile, the cycle no longer open) or a 400 (an action got its update
   * meanwhile and needs no justification any more): the page reads the cycle again.
   */
  readonly refused = output<void>();

  private readonly api = inject(CyclesApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly comment = COMMENT_FIELD;
  protected readonly max = TEXT_MAX;
  protected readonly field = justificationField;
  protected ids: Record<ValidationField, string> = {};
  // Its fields depend on the missing actions, known once the inputs are set.
  protected form!: FormState<ValidationValue, ValidationField>;

  ngOnInit(): void {
    const missing = this.missing();
    this.ids = validationFieldIds(missing);
    this.form = new FormState(signal(emptyValidation(missing)), {
      ids: this.ids,
      validate: (value) => validateValidation(value, this.missing()),
    });
  }

  protected missingSentence(): string {
    const n = this.missing().length;
    return n === 1
      ? $localize`Une action de l’axe n’a pas de point d’avancement pour cette campagne.`
      : $localize`${n}:COUNT: actions de l’axe n’ont pas de point d’avancement pour cette campagne.`;
  }

  protected justificationLabel(code: string): string {
    return $localize`Justification pour l’action ${code}:CODE:`;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const root = this.host.nativeElement;
    if (!this.form.start(root)) return;
    const body = toValidateRequest(this.form.value(), this.missing());
    this.api
      .validate(this.cycleId(), this.axisId(), body)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (validation) => {
          this.form.succeeded();
          this.saved.emit(validation);
        },
        error: (error: unknown) => {
          this.form.failed(withFormFields(error, body), root);
          const status = apiErrorStatus(error);
          if (status === 400 || status === 409) this.refused.emit();
        },
      });
  }
}
