import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { defaultPlan, type CyclePayload } from '@boussole/domain';
import { map, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/http/api-error';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { PlansApi } from '../plans/plans.api';
import { RollupApi } from '../plans/rollup.api';
import { currentCycle } from './cycle-model';

/**
 * `/campagnes` ("Campagne en cours"): the default plan's open cycle, else its latest one; the
 * page is replaced by the cycle's own, or says that the plan has no cycle yet.
 */
@Component({
  selector: 'bsl-current-cycle-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadBlockComponent, RouterLink],
  template: `
    <div class="fr-container fr-my-4w">
      <h1 i18n>Campagne de suivi</h1>
      @if (none()) {
        <p i18n>Le projet stratégique n’a pas encore de campagne de suivi.</p>
        <p>
          <a class="fr-link" routerLink="/" i18n>Aller au tableau de bord</a>
        </p>
      } @else {
        <bsl-load-block
          [error]="error()"
          failure="La campagne en cours n’a pas pu être trouvée"
          i18n-failure
          loading="Recherche de la campagne en cours…"
          i18n-loading
        >
          <p>
            <a class="fr-link" routerLink="/" i18n>Aller au tableau de bord</a>
          </p>
        </bsl-load-block>
      }
    </div>
  `,
})
export class CurrentCyclePageComponent {
  protected readonly none = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    const rollupApi = inject(RollupApi);
    const router = inject(Router);
    inject(PlansApi)
      .list()
      .pipe(
        map((plans) => defaultPlan(plans)),
        switchMap((plan) =>
          plan ? rollupApi.cycles(plan.id).pipe(map(currentCycle)) : of(null),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe({
        next: (cycle: CyclePayload | null) => {
          if (cycle) {
            void router.navigate(['/campagnes', cycle.id], {
              replaceUrl: true,
            });
          } else {
            this.none.set(true);
          }
        },
        error: (error: unknown) => this.error.set(apiErrorMessage(error)),
      });
  }
}
