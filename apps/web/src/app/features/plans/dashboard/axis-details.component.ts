import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AxisPayload, AxisRollup } from '@boussole/domain';
import { actionsListLink } from '../../../shared/action-list/actions-list-link';
import { CountPipe } from '../../../shared/count.pipe';
import { RollupFigureComponent } from '../../../shared/rollup-figure.component';

/**
 * One axis on the dashboard: its figures (progress, health, counts, signals, how they are
 * computed), links to its late and stale actions, and every objective with its own figures.
 */
@Component({
  selector: 'bsl-axis-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CountPipe, RollupFigureComponent, RouterLink],
  styles: `
    .bsl-objective {
      border-top: 1px solid var(--border-default-grey);
      padding-top: 0.75rem;
      margin-top: 0.75rem;
    }
  `,
  template: `
    @let current = axis();
    <section
      class="bsl-axis fr-p-3w fr-mb-4w"
      [attr.aria-labelledby]="headingId()"
    >
      <h2 class="fr-h3 fr-mb-2w" [id]="headingId()">
        <span class="bsl-eyebrow"
          >Axe {{ current.number }}<span class="fr-sr-only"> :</span></span
        >
        <a [routerLink]="axisLink()">{{ current.title }}</a>
      </h2>
      <ul class="bsl-meta fr-raw-list fr-text--sm fr-mb-2w">
        @if (current.sponsor; as sponsor) {
          <li>Sponsor : {{ sponsor.name }}</li>
        }
        <li>
          {{ current.objectives.length | bslCount: 'objectif' : 'objectifs' }}
        </li>
        <li>{{ current.actionCount | bslCount: 'action' : 'actions' }}</li>
      </ul>
      @if (rollup(); as figures) {
        <bsl-rollup-figure
          [node]="figures"
          [figure]="'Avancement de l’axe ' + current.number"
        />
        @if (figures.signals.overdue || figures.signals.stale) {
          <ul class="bsl-meta fr-raw-list fr-mb-2w">
            @if (figures.signals.overdue) {
              <li>
                <a
                  class="fr-link fr-link--sm"
                  [routerLink]="overdueLink().commands"
                  [queryParams]="overdueLink().queryParams"
                >
                  Voir les actions en retard ({{ figures.signals.overdue }})
                </a>
              </li>
            }
            @if (figures.signals.stale) {
              <li>
                <a
                  class="fr-link fr-link--sm"
                  [routerLink]="staleLink().commands"
                  [queryParams]="staleLink().queryParams"
                >
                  {{ figures.signals.stale | bslCount: 'action' : 'actions' }} à
                  mettre à jour
                </a>
              </li>
            }
          </ul>
        }
      }
      <h3 class="fr-h6 fr-mb-1w">Objectifs de l’axe {{ current.number }}</h3>
      <ul class="fr-raw-list">
        @for (objective of objectives(); track objective.id) {
          <li class="bsl-objective">
            <p class="fr-mb-1w">
              <span class="fr-text--bold">{{ objective.code }}</span>
              {{ objective.title }}
              <span class="fr-text--sm fr-text-mention--grey">
                –
                {{
                  objective.actionCount | bslCount: 'action' : 'actions'
                }}</span
              >
            </p>
            @if (objective.rollup; as figures) {
              <bsl-rollup-figure
                [node]="figures"
                [figure]="'Avancement de l’objectif ' + objective.code"
                [compact]="true"
              />
            }
          </li>
        } @empty {
          <li class="fr-text--sm">
            Aucun objectif n’est encore défini pour cet axe.
          </li>
        }
      </ul>
    </section>
  `,
})
export class AxisCardComponent {
  readonly axis = input.required<AxisPayload>();
  /** The axis's roll-up, null while it loads or when it failed. */
  readonly rollup = input<AxisRollup | null>(null);

  protected readonly headingId = computed(() => `axe-${this.axis().id}`);
  protected readonly axisLink = computed(() => [
    '/plans',
    this.axis().planId,
    'axes',
    this.axis().id,
  ]);
  /** The plan's list of actions, this axis's overdue or stale ones. */
  protected readonly overdueLink = computed(() =>
    actionsListLink(this.axis().planId, {
      axis: this.axis().id,
      signal: 'overdue',
    }),
  );
  protected readonly staleLink = computed(() =>
    actionsListLink(this.axis().planId, {
      axis: this.axis().id,
      signal: 'stale',
    }),
  );
  protected readonly objectives = computed(() => {
    const figures = new Map(
      (this.rollup()?.objectives ?? []).map((o) => [o.id, o]),
    );
    return this.axis().objectives.map((objective) => ({
      ...objective,
      rollup: figures.get(objective.id) ?? null,
    }));
  });
}
