import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AxisPayload, AxisRollup } from '@boussole/domain';
import { actionsListLink } from '../../../shared/action-list/actions-list-link';
import { countText } from '../../../core/i18n/page-format';
import { HealthBadgeComponent } from '../../../shared/health-badge.component';
import { ProgressBarComponent } from '../../../shared/progress-bar.component';
import type { AxisChange } from './axis-change';
import { shortHealthReason } from './health-reason-short';
import { ProgressChangeComponent } from './progress-change.component';
import { StatusMixBarComponent } from './status-mix-bar.component';

/**
 * One axis at a glance, on the dashboard's first screen: progress against expected, health and
 * the rule that decided it, the météo mix, and what changed since the compared cycle; its
 * details and objectives are further down, folded.
 */
@Component({
  selector: 'bsl-axis-tile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    HealthBadgeComponent,
    ProgressBarComponent,
    ProgressChangeComponent,
    RouterLink,
    StatusMixBarComponent,
  ],
  styles: `
    :host {
      display: block;
      height: 100%;
    }
    .bsl-tile {
      height: 100%;
      border: 1px solid var(--border-default-grey);
      border-bottom: 3px solid var(--border-plain-blue-france);
      background: var(--background-default-grey);
    }
    .bsl-tile__title {
      margin: 0 0 0.5rem;
      font-size: 0.875rem;
      line-height: 1.25rem;
    }
    /* Long axis titles keep two lines on the tile (the whole title stays the link's text, and shows in full in the objectives below). */
    .bsl-tile__name {
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .bsl-tile__eyebrow {
      display: block;
      font-size: 0.75rem;
      color: var(--text-mention-grey);
    }
    .bsl-tile__line {
      margin: 0.25rem 0 0.5rem;
      font-size: 0.75rem;
      line-height: 1.25rem;
    }
    .bsl-tile__since {
      color: var(--text-mention-grey);
    }
  `,
  template: `
    @let current = axis();
    <article
      class="bsl-tile fr-px-2w fr-py-3v"
      [attr.aria-labelledby]="headingId()"
    >
      <h3 class="bsl-tile__title" [id]="headingId()">
        <span class="bsl-tile__eyebrow" i18n
          >Axe {{ current.number // i18n(ph="NUMBER")
          }}<span class="fr-sr-only"> :</span></span
        >
        <a class="bsl-tile__name" [routerLink]="axisLink()">{{
          current.title
        }}</a>
      </h3>
      @if (rollup(); as figures) {
        <bsl-progress-bar
          [value]="figures.progress"
          [expected]="figures.expectedProgress"
          [label]="progressLabel()"
        />
        <p class="bsl-tile__line bsl-tile__health">
          <span class="fr-sr-only" i18n>État : </span>
          <bsl-health-badge [health]="figures.health" />
          @if (reason(); as reason) {
            {{ reason }}
          }
        </p>
        <bsl-status-mix-bar
          [counts]="figures.counts"
          [caption]="mixCaption()"
        />
        <p class="bsl-tile__line bsl-tile__change fr-mt-1w">
          @if (change(); as change) {
            <span class="bsl-tile__since" i18n
              >{{ change.since // i18n(ph="SINCE") }} :
            </span>
            @if (change.before !== null && figures.progress !== null) {
              <bsl-progress-change
                [before]="change.before"
                [after]="figures.progress"
              /><br />
            }
            {{ change.counts }}
          } @else {
            <span class="fr-text-mention--grey">{{ changeNote() }}</span>
          }
        </p>
        @if (figures.signals.overdue) {
          <a
            class="fr-link fr-link--sm"
            [routerLink]="overdueLink().commands"
            [queryParams]="overdueLink().queryParams"
            i18n
          >
            {{ overdueCount(figures.signals.overdue) // i18n(ph="COUNT") }}
            à échéance dépassée
          </a>
        }
      } @else {
        <p class="bsl-tile__line fr-text-mention--grey">{{ rollupNote() }}</p>
      }
    </article>
  `,
})
export class AxisTileComponent {
  readonly axis = input.required<AxisPayload>();
  /** The axis's roll-up, null while it loads or when it failed. */
  readonly rollup = input<AxisRollup | null>(null);
  /** What changed since the compared cycle, null while it loads or when it failed. */
  readonly change = input<AxisChange | null>(null);
  /** Said instead of the figures while there are none (loading, or failed). */
  readonly rollupNote = input($localize`Calcul des chiffres de l’axe…`);
  /** Said instead of the change while there is none. */
  readonly changeNote = input($localize`Chargement des changements…`);

  protected readonly headingId = computed(() => `tuile-axe-${this.axis().id}`);
  protected readonly axisLink = computed(() => [
    '/plans',
    this.axis().planId,
    'axes',
    this.axis().id,
  ]);
  protected readonly progressLabel = computed(
    () => $localize`Avancement de l’axe ${this.axis().number}:NUMBER:`,
  );
  protected readonly mixCaption = computed(
    () => $localize`Météo des actions de l’axe ${this.axis().number}:NUMBER:`,
  );
  protected overdueCount(count: number): string {
    return countText(count, $localize`action`, $localize`actions`);
  }
  protected readonly reason = computed(() => {
    const rollup = this.rollup();
    return rollup ? shortHealthReason(rollup) : null;
  });
  protected readonly overdueLink = computed(() =>
    actionsListLink(this.axis().planId, {
      axis: this.axis().id,
      signal: 'overdue',
    }),
  );
}
