import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  SIGNAL_KINDS,
  healthExplanation,
  type AxisPayload,
  type AxisRollup,
  type IsoDate,
} from '@boussole/domain';
import { actionsListLink } from '../../../shared/action-list/actions-list-link';
import { countText } from '../../../core/i18n/page-format';
import { ExplainComponent } from '../../../shared/explain.component';
import { RollupFigureComponent } from '../../../shared/rollup-figure.component';
import { SignalTagsComponent } from '../../../shared/signal-tags.component';
import { StatusCountsComponent } from '../../../shared/status-counts.component';
import type { ExplainSource } from '../rollup.api';

/**
 * One axis's details under the first screen, folded by default (a DSFR accordion): its counts,
 * signals and how its figures are computed, then every objective with its own figures. Drawn
 * only once opened, so the large plan's first render stays light.
 */
@Component({
  selector: 'bsl-axis-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ExplainComponent,
    RollupFigureComponent,
    RouterLink,
    SignalTagsComponent,
    StatusCountsComponent,
  ],
  styles: `
    .bsl-objective {
      border-top: 1px solid var(--border-default-grey);
      padding-top: 0.75rem;
      margin-top: 0.75rem;
    }
  `,
  template: `
    @let current = axis();
    <section class="fr-accordion">
      <h3 class="fr-accordion__title">
        <button
          type="button"
          class="fr-accordion__btn"
          [attr.aria-expanded]="open()"
          [attr.aria-controls]="panelId()"
          (click)="open.set(!open())"
          i18n
        >
          Axe {{ current.number // i18n(ph="NUMBER") }} –
          {{ current.title // i18n(ph="TITLE") }} ({{
            counts().objectives // i18n(ph="OBJECTIVES")
          }})
        </button>
      </h3>
      <div class="fr-px-2w fr-py-2w" [id]="panelId()" [hidden]="!open()">
        @if (open()) {
          <ul class="bsl-meta fr-raw-list fr-text--sm fr-mb-1w">
            @if (current.sponsor; as sponsor) {
              <li i18n>Sponsor : {{ sponsor.name // i18n(ph="NAME") }}</li>
            }
            <li>{{ counts().actions }}</li>
            <li>
              <a class="fr-link fr-link--sm" [routerLink]="axisLink()" i18n
                >Page de l’axe {{ current.number // i18n(ph="NUMBER") }}</a
              >
            </li>
          </ul>
          @if (rollup(); as figures) {
            <bsl-status-counts [counts]="figures.counts" />
            <bsl-signal-tags [kinds]="kinds" [counts]="figures.signals" />
            @if (figures.signals.stale) {
              <p class="fr-mb-1w">
                <a
                  class="fr-link fr-link--sm"
                  [routerLink]="staleLink().commands"
                  [queryParams]="staleLink().queryParams"
                  i18n
                >
                  {{ staleCount(figures.signals.stale) // i18n(ph="COUNT") }}
                  à mettre à jour
                </a>
              </p>
            }
            <bsl-explain
              [source]="sources().get('axis:' + figures.id) ?? null"
              [node]="figures"
              [figure]="figureLabel()"
              [progress]="figures.progress"
              [health]="health()"
            />
          }
          <h4 class="fr-h6 fr-mb-1w fr-mt-2w" i18n>
            Objectifs de l’axe {{ current.number // i18n(ph="NUMBER") }}
          </h4>
          <ul class="fr-raw-list">
            @for (objective of objectives(); track objective.id) {
              <li class="bsl-objective">
                <p class="fr-mb-1w">
                  <span class="fr-text--bold">{{ objective.code }}</span>
                  {{ objective.title }}
                  <span class="fr-text--sm fr-text-mention--grey">
                    –
                    {{ objective.actions }}</span
                  >
                </p>
                @if (objective.rollup; as figures) {
                  <bsl-rollup-figure
                    [node]="figures"
                    [figure]="objective.figure"
                    [compact]="true"
                    [source]="sources().get('objective:' + figures.id) ?? null"
                  />
                }
              </li>
            } @empty {
              <li class="fr-text--sm" i18n>
                Aucun objectif n’est encore défini pour cet axe.
              </li>
            }
          </ul>
        }
      </div>
    </section>
  `,
})
export class AxisDetailsComponent {
  readonly axis = input.required<AxisPayload>();
  /** The axis's roll-up, null while it loads or when it failed. */
  readonly rollup = input<AxisRollup | null>(null);
  /** The date the roll-up's figures are as of, null while it loads. */
  readonly asOf = input<IsoDate | null>(null);

  protected readonly open = signal(false);
  protected readonly kinds = SIGNAL_KINDS;
  protected readonly panelId = computed(
    () => `objectifs-axe-${this.axis().id}`,
  );
  protected readonly axisLink = computed(() => [
    '/plans',
    this.axis().planId,
    'axes',
    this.axis().id,
  ]);
  protected readonly staleLink = computed(() =>
    actionsListLink(this.axis().planId, {
      axis: this.axis().id,
      signal: 'stale',
    }),
  );
  /**
   * Where each explanation fetches its node's lists, by node (`axis:<id>`, `objective:<id>`):
   * built once per roll-up, so that an explanation's lists last until the next one.
   */
  protected readonly sources = computed(() => {
    const rollup = this.rollup();
    const asOf = this.asOf();
    const planId = this.axis().planId;
    const nodes = rollup
      ? [
          `axis:${rollup.id}`,
          ...rollup.objectives.map((o) => `objective:${o.id}`),
        ]
      : [];
    return new Map(
      asOf
        ? nodes.map((node): [string, ExplainSource] => [
            node,
            { planId, node, asOf },
          ])
        : [],
    );
  });
  protected readonly counts = computed(() => ({
    objectives: countText(
      this.axis().objectives.length,
      $localize`objectif`,
      $localize`objectifs`,
    ),
    actions: countText(
      this.axis().actionCount,
      $localize`action`,
      $localize`actions`,
    ),
  }));
  protected readonly figureLabel = computed(
    () => $localize`Avancement de l’axe ${this.axis().number}:NUMBER:`,
  );
  protected staleCount(count: number): string {
    return countText(count, $localize`action`, $localize`actions`);
  }
  protected readonly health = computed(() => {
    const rollup = this.rollup();
    return rollup ? healthExplanation(rollup) : '';
  });
  protected readonly objectives = computed(() => {
    const figures = new Map(
      (this.rollup()?.objectives ?? []).map((o) => [o.id, o]),
    );
    return this.axis().objectives.map((objective) => ({
      ...objective,
      rollup: figures.get(objective.id) ?? null,
      figure: $localize`Avancement de l’objectif ${objective.code}:CODE:`,
      actions: countText(
        objective.actionCount,
        $localize`action`,
        $localize`actions`,
      ),
    }));
  });
}
