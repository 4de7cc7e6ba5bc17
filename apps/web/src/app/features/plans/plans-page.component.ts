import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { countText } from '../../core/i18n/page-format';
import { PlanStateBadgeComponent } from '../../shared/plan-state-badge.component';
import { PlansApi } from './plans.api';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { can, type PlanSummary } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { actorOf } from '../../shared/comments/comment-permissions';

/** `/plans`: every strategic plan, as DSFR cards. */
@Component({
  selector: 'bsl-plans-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadBlockComponent, PlanStateBadgeComponent, RouterLink],
  template: `
    <div class="fr-container fr-my-4w">
      <h1 i18n>Projets stratégiques</h1>
      @if (plans(); as plans) {
        <ul class="fr-grid-row fr-grid-row--gutters fr-raw-list">
          @for (plan of plans; track plan.id) {
            <li class="fr-col-12 fr-col-md-6">
              <div class="fr-card fr-enlarge-link">
                <div class="fr-card__body">
                  <div class="fr-card__content">
                    <h2 class="fr-card__title">
                      <a [routerLink]="['/plans', plan.id]">{{ plan.title }}</a>
                    </h2>
                    <p class="fr-card__desc">
                      {{ sizeText(plan) }}
                    </p>
                    <div class="fr-card__start">
                      <bsl-plan-state-badge [state]="plan.state" />
                      <p class="fr-card__detail fr-mt-1w" i18n>
                        Période : {{ plan.startYear // i18n(ph="START") }}-{{
                          plan.endYear // i18n(ph="END")
                        }}
                      </p>
                    </div>
                  </div>
                </div>
              </div>
            </li>
          } @empty {
            <li class="fr-col-12">
              <p i18n>Aucun projet stratégique n’est encore enregistré.</p>
              @if (canManage()) {
                <p>
                  <a class="fr-link" routerLink="/administration" i18n
                    >Créer le premier projet dans l’administration</a
                  >
                </p>
              }
            </li>
          }
        </ul>
      } @else {
        <bsl-load-block
          [error]="error()"
          failure="La liste des projets stratégiques n’a pas pu être affichée"
          i18n-failure
          loading="Chargement des projets stratégiques…"
          i18n-loading
        />
      }
    </div>
  `,
})
export class PlansPageComponent {
  private readonly auth = inject(AuthService);
  /** On a new Boussole there is no plan yet: an admin is pointed to where one is made. */
  protected readonly canManage = computed(
    () => can(actorOf(this.auth.user()), 'plan.manage').allowed,
  );
  private readonly state = toSignal(toLoadState(inject(PlansApi).list()), {
    initialValue: LOADING,
  });

  protected readonly plans = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });

  /** "4 axes, 120 actions". */
  protected sizeText(plan: PlanSummary): string {
    const axes = countText(plan.axisCount, $localize`axe`, $localize`axes`);
    const actions = countText(
      plan.actionCount,
      $localize`action`,
      $localize`actions`,
    );
    return $localize`${axes}:AXES:, ${actions}:ACTIONS:`;
  }
}
