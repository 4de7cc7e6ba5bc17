import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';

import { RouterLink } from '@angular/router';

import { loadFrom } from '../../core/http/load-state';
import { numberText } from '../../core/i18n/page-format';
import { aboutPlan, liveRefresh } from '../../core/live/live-refresh';
import { FranceMapComponent } from './components/france-map.component';
import { RegionsTableComponent } from './components/regions-table.component';
import { RegionsApi } from './regions.api';
import { LoadBlockComponent } from '../../shared/load-block.component';

/** `/regions`: the roll-out of the active plan (or `?plan=`) in the 18 regions, map and table. */
@Component({
  selector: 'bsl-regions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FranceMapComponent,
    LoadBlockComponent,
    RegionsTableComponent,
    RouterLink,
  ],
  styles: `
    .bsl-small-screen-only {
      display: none;
    }
    /* Where the map hides its names and figures (france-map.component.css). */
    @media (max-width: 47.99em) {
      .bsl-small-screen-only {
        display: block;
      }
    }
  `,
  template: `
    <div class="fr-container fr-mt-4w fr-mb-6w">
      <h1 i18n>Déploiement dans les régions</h1>
      @let current = state();
      @if (current.status === 'ready') {
        @if (current.value; as data) {
          <p class="fr-text--lead" i18n>
            {{ data.plan.title }}&nbsp;: avancement pondéré des actions
            déployées par chacune des 18 agences régionales de santé.
          </p>
          @if (summary(); as text) {
            <p>{{ text }}</p>
          }
          <section class="fr-mb-6w" aria-labelledby="carte-titre">
            <h2 id="carte-titre" i18n>Carte des régions</h2>
            <p class="fr-text--sm" i18n>
              Chaque région mène à sa page&nbsp;; le tableau qui suit donne les
              mêmes chiffres.
            </p>
            <p class="fr-text--sm bsl-small-screen-only">
              <ng-container i18n
                >Sur un petit écran, la carte ne porte ni les noms ni les
                chiffres&nbsp;:</ng-container
              >
              <button
                type="button"
                class="fr-link fr-link--sm"
                (click)="toTable()"
                i18n
              >
                aller au tableau des régions
              </button>
            </p>
            <bsl-france-map [regions]="data.value" />
          </section>
          <section aria-labelledby="tableau-titre">
            <h2 id="tableau-titre" tabindex="-1" #tableTitle i18n>
              Tableau des régions
            </h2>
            <bsl-regions-table [regions]="data.value" />
          </section>
        } @else {
          <p i18n>Aucun projet stratégique n’est disponible.</p>
          <p>
            <a class="fr-link" routerLink="/plans" i18n
              >Voir les projets stratégiques</a
            >
          </p>
        }
      } @else {
        <bsl-load-block
          [error]="current.status === 'error' ? current.message : null"
          failure="Les régions n’ont pas pu être affichées"
          i18n-failure
          loading="Chargement des régions…"
          i18n-loading
        />
      }
    </div>
  `,
})
export class RegionsPageComponent {
  /** `?plan=`: another plan than the active one. */
  readonly plan = input<string>();

  private readonly api = inject(RegionsApi);
  private readonly tableTitle =
    viewChild<ElementRef<HTMLElement>>('tableTitle');

  /** A write to the plan shown, through any replica: the map and the table follow it. */
  private readonly live = liveRefresh(
    aboutPlan(() => {
      const state = this.state();
      return state.status === 'ready' ? state.value?.plan.id : null;
    }),
  );
  protected readonly state = loadFrom(
    this.plan,
    (planId) => this.api.forPlan(planId, (plan) => this.api.list(plan.id)),
    this.live,
  );

  /** Moves the focus (and the view) to the regions table, which stands in for the map on a small screen. */
  protected toTable(): void {
    const title = this.tableTitle()?.nativeElement;
    title?.focus();
    title?.scrollIntoView({ block: 'start' });
  }

  /** "14 régions sur 18 ont des déploiements ; 9 déploiements en retard sur les autres régions." */
  protected readonly summary = computed(() => {
    const state = this.state();
    if (state.status !== 'ready' || !state.value) return null;
    const regions = state.value.value;
    const measured = regions.filter(
      (region) => region.progress !== null,
    ).length;
    const lagging = regions.reduce(
      (sum, region) => sum + region.laggingCount,
      0,
    );
    const laggingText =
      lagging > 1
        ? $localize`${numberText(lagging, 0)}:COUNT: déploiements sont en retard sur les autres régions`
        : lagging === 1
          ? $localize`un déploiement est en retard sur les autres régions`
          : $localize`aucun déploiement n’est en retard sur les autres régions`;
    const total = numberText(regions.length, 0);
    const measuredText =
      measured > 1
        ? $localize`${numberText(measured, 0)}:COUNT: régions sur ${total}:TOTAL: ont un avancement calculé`
        : $localize`${numberText(measured, 0)}:COUNT: région sur ${total}:TOTAL: a un avancement calculé`;
    return $localize`${measuredText}:MEASURED:\u00a0; ${laggingText}:LAGGING:.`;
  });
}
