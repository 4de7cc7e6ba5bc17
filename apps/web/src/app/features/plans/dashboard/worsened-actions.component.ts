import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PlanChanges } from '@boussole/domain';
import { LOADING, type LoadState } from '../../../core/http/load-state';
import { LoadBlockComponent } from '../../../shared/load-block.component';
import { worsenedHeading } from './axis-change';
import { worsenedFirst } from './change-trend';
import { MeteoChangeComponent } from './meteo-change.component';
import { ProgressChangeComponent } from './progress-change.component';

/** Rows shown at first: the first screen shows the worst, the rest is one click away. */
const FIRST_ROWS = 5;

/**
 * "Actions dégradées depuis …": the actions whose météo got worse (or whose progress fell) since
 * the compared state, the steepest fall first, each with its from → to.
 */
@Component({
  selector: 'bsl-worsened-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LoadBlockComponent,
    MeteoChangeComponent,
    ProgressChangeComponent,
    RouterLink,
  ],
  styles: `
    .bsl-worse {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .bsl-worse__change {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1rem;
      margin-top: 0.25rem;
      font-size: 0.875rem;
    }
  `,
  template: `
    <section aria-labelledby="degradations-titre">
      <h2 class="fr-h5 fr-mb-1w" id="degradations-titre">
        {{ heading() }}
      </h2>
      @if (worsened(); as worsened) {
        @if (worsened.length > 0) {
          <ul class="fr-raw-list">
            @for (change of shown(); track change.actionId) {
              <li class="bsl-worse">
                <a
                  class="fr-link fr-text--sm fr-mb-0"
                  [routerLink]="['/actions', change.actionId]"
                  ><span class="fr-text--bold">{{ change.code }}</span
                  >&nbsp;{{ change.title }}</a
                >
                <div class="bsl-worse__change">
                  <span
                    ><span class="fr-sr-only" i18n>Météo : </span
                    ><bsl-meteo-change
                      [before]="change.before?.status ?? null"
                      [after]="change.after.status"
                  /></span>
                  <span
                    ><span class="fr-sr-only" i18n>Avancement : </span
                    ><bsl-progress-change
                      [before]="change.before?.progress ?? null"
                      [after]="change.after.progress"
                  /></span>
                </div>
              </li>
            }
          </ul>
          @if (hidden() > 0) {
            <button
              type="button"
              class="fr-btn fr-btn--tertiary fr-btn--sm fr-mt-1w"
              (click)="showAll.set(true)"
              i18n
            >
              Afficher les {{ hidden() // i18n(ph="COUNT") }} autres actions
              dégradées
            </button>
          }
        } @else {
          <p class="fr-text--sm" i18n>Aucune action ne s’est dégradée.</p>
        }
      } @else {
        <bsl-load-block
          [compact]="true"
          [error]="error()"
          failure="Les changements n’ont pas pu être affichés."
          i18n-failure
          loading="Chargement des changements…"
          i18n-loading
        />
      }
    </section>
  `,
})
export class WorsenedActionsComponent {
  /** `GET /api/plans/:id/changes` for the dashboard's comparison, as it loads. */
  readonly state = input<LoadState<PlanChanges>>(LOADING);

  protected readonly showAll = signal(false);
  protected readonly heading = computed(() => {
    const state = this.state();
    return state.status === 'ready'
      ? worsenedHeading(state.value)
      : $localize`Actions dégradées`;
  });
  protected readonly worsened = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? worsenedFirst(state.value.changes) : null;
  });
  protected readonly shown = computed(() => {
    const all = this.worsened() ?? [];
    return this.showAll() ? all : all.slice(0, FIRST_ROWS);
  });
  protected readonly hidden = computed(
    () => (this.worsened()?.length ?? 0) - this.shown().length,
  );
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
}
