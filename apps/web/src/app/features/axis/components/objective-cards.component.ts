import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { actionsListLink } from '../../../shared/action-list/actions-list-link';
import type {
  IsoDate,
  ObjectivePayload,
  ObjectiveRollup,
} from '@boussole/domain';
import { countText } from '../../../core/i18n/page-format';
import { RollupFigureComponent } from '../../../shared/rollup-figure.component';
import type { ExplainSource } from '../../plans/rollup.api';

/** The objectives of an axis, each with its figures and a link to its actions below. */
@Component({
  selector: 'bsl-objective-cards',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RollupFigureComponent, RouterLink],
  template: `
    <ul class="fr-grid-row fr-grid-row--gutters fr-raw-list">
      @for (objective of items(); track objective.id) {
        <li class="fr-col-12 fr-col-lg-6">
          <div class="bsl-axis fr-p-2w">
            <h3 class="fr-h6 fr-mb-1w">
              <span class="bsl-eyebrow" i18n
                >Objectif {{ objective.code // i18n(ph="CODE")
                }}<span class="fr-sr-only"> :</span></span
              >
              {{ objective.title }}
            </h3>
            @if (objective.description) {
              <p class="fr-text--sm">{{ objective.description }}</p>
            }
            @if (objective.rollup; as figures) {
              <bsl-rollup-figure
                [node]="figures"
                [figure]="objective.figure"
                [source]="objective.source"
              />
            }
            <p class="fr-mb-0">
              <a
                class="fr-link fr-link--sm"
                [routerLink]="objective.link.commands"
                [queryParams]="objective.link.queryParams"
                i18n
              >
                Voir les actions de l’objectif
                {{ objective.code // i18n(ph="CODE") }} ({{
                  objective.actions // i18n(ph="COUNT")
                }})
              </a>
            </p>
          </div>
        </li>
      } @empty {
        <li class="fr-col-12" i18n>
          Aucun objectif n’est encore défini pour cet axe.
        </li>
      }
    </ul>
  `,
})
export class ObjectiveCardsComponent {
  readonly objectives = input.required<readonly ObjectivePayload[]>();
  readonly rollups = input<readonly ObjectiveRollup[] | null>(null);
  readonly planId = input.required<number | string>();
  /** The date the roll-up's figures are as of, for "Comment est-ce calculé ?". */
  readonly asOf = input<IsoDate | null>(null);

  private explainSource(objectiveId: number): ExplainSource | null {
    const asOf = this.asOf();
    return asOf
      ? { planId: this.planId(), node: `objective:${objectiveId}`, asOf }
      : null;
  }

  protected readonly items = computed(() => {
    const figures = new Map((this.rollups() ?? []).map((o) => [o.id, o]));
    return this.objectives().map((objective) => ({
      ...objective,
      rollup: figures.get(objective.id) ?? null,
      link: actionsListLink(this.planId(), { objective: objective.id }),
      source: this.explainSource(objective.id),
      figure: $localize`Avancement de l’objectif ${objective.code}:CODE:`,
      actions: countText(
        objective.actionCount,
        $localize`action`,
        $localize`actions`,
      ),
    }));
  });
}
