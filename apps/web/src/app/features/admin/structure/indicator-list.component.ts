import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import {
  countText,
  dateText,
  numberText,
} from '../../../core/i18n/page-format';
import type { AdminIndicator } from '../admin-types';
import type { TreeCommand } from './tree-command';

/** The indicators attached to one node of the structure, each with its edit and delete buttons. */
@Component({
  selector: 'bsl-indicator-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (indicators().length > 0) {
      <ul class="bsl-indicators fr-raw-list fr-mb-2w">
        @for (indicator of indicators(); track indicator.id) {
          <li class="bsl-indicator">
            <p class="fr-mb-0">
              <span
                class="fr-icon-line-chart-line fr-icon--sm"
                aria-hidden="true"
              ></span>
              <ng-container i18n>Indicateur :</ng-container>
              <span
                class="fr-text--bold"
                tabindex="-1"
                [attr.data-focus]="'indicator-' + indicator.id"
                >{{ indicator.name }}</span
              >
              {{ summary(indicator) }}
            </p>
            @if (!readOnly()) {
              <ul
                class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left fr-mb-0"
              >
                <li>
                  <button
                    type="button"
                    class="fr-btn fr-btn--tertiary-no-outline fr-icon-edit-line fr-btn--icon-left"
                    (click)="asked.emit({ kind: 'edit-indicator', indicator })"
                    i18n
                  >
                    Modifier<span class="fr-sr-only">
                      l’indicateur «
                      {{ indicator.name // i18n(ph="NAME") }} »</span
                    >
                  </button>
                </li>
                <li>
                  <button
                    type="button"
                    class="fr-btn fr-btn--tertiary-no-outline fr-icon-delete-line fr-btn--icon-left"
                    (click)="
                      asked.emit({ kind: 'delete-indicator', indicator })
                    "
                    i18n
                  >
                    Supprimer<span class="fr-sr-only">
                      l’indicateur «
                      {{ indicator.name // i18n(ph="NAME") }} »</span
                    >
                  </button>
                </li>
              </ul>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .bsl-indicator {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 1rem;
      padding: 0.25rem 0.5rem;
      border-left: 3px solid var(--border-default-blue-france);
      margin-bottom: 0.25rem;
    }
  `,
})
export class IndicatorListComponent {
  readonly indicators = input.required<readonly AdminIndicator[]>();
  readonly readOnly = input(false);
  readonly asked = output<TreeCommand>();

  /** "(%) – de 12 le 01/01/2025 à 40 le 31/12/2027, 2 cibles intermédiaires, mesuré par région". */
  protected summary(indicator: AdminIndicator): string {
    const { baselineValue, baselineDate, targetValue, targetDate } = indicator;
    const baseline = numberText(baselineValue);
    const target = numberText(targetValue);
    const parts = [
      $localize`(${indicator.unit}:UNIT:) – de ${baseline}:BASELINE: le ${dateText(baselineDate)}:BASELINE_DATE: à ${target}:TARGET: le ${dateText(targetDate)}:TARGET_DATE:`,
    ];
    const targets = indicator.intermediateTargets.length;
    if (targets > 0) {
      parts.push(
        countText(
          targets,
          $localize`cible intermédiaire`,
          $localize`cibles intermédiaires`,
        ),
      );
    }
    if (indicator.regional) parts.push($localize`mesuré par région`);
    return parts.join(', ');
  }
}
