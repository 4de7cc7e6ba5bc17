import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { map, of, switchMap } from 'rxjs';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { IndicatorsTableComponent } from './components/indicators-table.component';
import { IndicatorsApi } from './indicators.api';
import { LoadBlockComponent } from '../../shared/load-block.component';

/** `/indicateurs`: the indicators of the active plan (or `?plan=`). */
@Component({
  selector: 'bsl-indicators-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IndicatorsTableComponent, LoadBlockComponent, RouterLink],
  template: `
    <div class="fr-container fr-mt-4w fr-mb-6w">
      <h1 i18n>Indicateurs</h1>
      @let current = state();
      @if (current.status === 'ready') {
        @if (current.value; as data) {
          <p class="fr-text--lead" i18n>
            Les indicateurs de suivi de « {{ data.plan.title }} »&nbsp;:
            dernière valeur, atteinte de la cible et alertes.
          </p>
          @if (data.indicators.length) {
            <bsl-indicators-table
              [indicators]="data.indicators"
              caption="Indicateurs de « {{ data.plan.title }} »"
              i18n-caption
            />
          } @else {
            <p i18n>Aucun indicateur n’est défini pour ce projet stratégique.</p>
          }
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
          failure="Les indicateurs n’ont pas pu être affichés"
          i18n-failure
          loading="Chargement des indicateurs…"
          i18n-loading
        />
      }
    </div>
  `,
})
export class IndicatorsPageComponent {
  /** `?plan=`: another plan than the active one. */
  readonly plan = input<string>();

  private readonly api = inject(IndicatorsApi);

  protected readonly state = toSignal(
    toObservable(this.plan).pipe(
      switchMap((planId) =>
        toLoadState(
          this.api
            .plan(planId)
            .pipe(
              switchMap((plan) =>
                plan
                  ? this.api
                      .list(plan.id)
                      .pipe(map((indicators) => ({ plan, indicators })))
                  : of(null),
              ),
            ),
        ),
      ),
    ),
    { initialValue: LOADING },
  );
}
