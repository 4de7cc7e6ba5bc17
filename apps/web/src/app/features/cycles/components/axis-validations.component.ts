import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import {
  type AxisValidationPayload,
  type CycleCompleteness,
  type MissingAction,
} from '@boussole/domain';
import { countText, dateTimeText } from '../../../core/i18n/page-format';
import { standingValidation } from '../cycle-model';

type AxisCompleteness = CycleCompleteness['byAxis'][number];

/** One axis as the validation section shows it. */
export interface AxisState {
  axis: AxisCompleteness;
  validation: AxisValidationPayload | null;
  missing: MissingAction[];
}

/**
 * "Validation des axes": each axis validated (by whom, when, with what comment and
 * justifications) or "À valider", with the buttons the user's rights allow.
 */
@Component({
  selector: 'bsl-axis-validations',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .bsl-text {
      white-space: pre-line;
    }
  `,
  template: `
    @for (state of states(); track state.axis.id) {
      @let axis = state.axis;
      <div class="fr-mb-4w" [id]="'validation-axe-' + axis.id">
        <h3
          class="fr-h5 fr-mb-1w"
          [id]="'validation-axe-' + axis.id + '-titre'"
          tabindex="-1"
          i18n
        >
          Axe {{ axis.number }}&nbsp;: {{ axis.title }}
        </h3>
        @if (state.validation; as validation) {
          <p class="fr-badge fr-badge--success fr-mb-1w" i18n>Validé</p>
          <p class="fr-mb-1w" i18n>
            Validé par {{ validation.validatedBy.name }} le
            {{ time(validation.validatedAt) }}.
          </p>
          @if (validation.comment) {
            <p class="fr-mb-1w bsl-text" i18n>
              Commentaire&nbsp;: {{ validation.comment }}
            </p>
          }
          @if (validation.justifications.length) {
            <p class="fr-mb-1v" i18n>
              Points d’avancement manquants justifiés&nbsp;:
            </p>
            <ul class="fr-mb-1w">
              @for (item of validation.justifications; track item.actionId) {
                <li class="bsl-text">
                  {{ item.code }} – {{ item.title }}&nbsp;: {{ item.text }}
                </li>
              }
            </ul>
          }
        } @else if (closed()) {
          <p class="fr-badge fr-mb-1w" i18n>Non validé</p>
          <p class="fr-mb-1w">
            <ng-container i18n
              >Figé sans validation à la clôture de la campagne.</ng-container
            >
            {{ missingText(state.missing.length) }}
          </p>
        } @else {
          <p class="fr-badge fr-badge--new fr-mb-1w" i18n>À valider</p>
          <p class="fr-mb-1w">{{ missingText(state.missing.length) }}</p>
        }
        @if (open()) {
          @if (!state.validation && canValidate()) {
            <button
              type="button"
              class="fr-btn fr-btn--sm"
              [id]="'valider-axe-' + axis.id"
              (click)="validate.emit(state)"
              i18n
            >
              Valider l’axe {{ axis.number }}
            </button>
          }
          @if (state.validation && canReopen()) {
            <button
              type="button"
              class="fr-btn fr-btn--sm fr-btn--secondary"
              [id]="'rouvrir-axe-' + axis.id"
              (click)="reopen.emit(state)"
              i18n
            >
              Rouvrir l’axe {{ axis.number }}
            </button>
          }
        }
      </div>
    }
  `,
})
export class AxisValidationsComponent {
  readonly axes = input.required<readonly AxisCompleteness[]>();
  readonly validations = input.required<readonly AxisValidationPayload[]>();
  readonly missing = input.required<readonly MissingAction[]>();
  /** Validation and reopening are for an open cycle only. */
  readonly open = input.required<boolean>();
  /** A closed cycle froze its axes not validated as they stood. */
  readonly closed = input(false);
  readonly canValidate = input(false);
  readonly canReopen = input(false);
  readonly validate = output<AxisState>();
  readonly reopen = output<AxisState>();

  protected readonly states = computed<AxisState[]>(() =>
    this.axes().map((axis) => ({
      axis,
      validation: standingValidation(this.validations(), axis.id),
      missing: this.missing().filter(
        (action) => action.axisNumber === axis.number,
      ),
    })),
  );

  protected time(value: string): string {
    return dateTimeText(value);
  }

  protected missingText(n: number): string {
    if (this.closed())
      return n === 0
        ? $localize`Toutes les actions attendues avaient leur point d’avancement.`
        : $localize`Sans point d’avancement à la clôture\u00a0: ${countText(n, $localize`action`, $localize`actions`)}:COUNT:.`;
    if (n === 0)
      return $localize`Toutes les actions attendues ont leur point d’avancement.`;
    return n === 1
      ? $localize`Une action attend encore son point d’avancement.`
      : $localize`${n}:COUNT: actions attendent encore leur point d’avancement.`;
  }
}
