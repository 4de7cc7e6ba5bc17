import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { CountPipe } from '../../shared/count.pipe';
import { PlanStateBadgeComponent } from '../../shared/plan-state-badge.component';
import { PlansApi } from './plans.api';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { can } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { actorOf } from '../../shared/comments/comment-permissions';

/** `/plans`: every strategic plan, as DSFR cards. */
@Component({
  selector: 'bsl-plans-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CountPipe, LoadBlockComponent, PlanStateBadgeComponent, RouterLink],
  template: `
    <div class="fr-container fr-my-4w">
      <h1>Projets stratégiques</h1>
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
                      {{ plan.axisCount | bslCount: 'axe' : 'axes' }},
                      {{ plan.actionCount | bslCount: 'action' : 'actions' }}
                    </p>
                    <div class="fr-card__start">
                      <bsl-plan-state-badge [state]="plan.state" />
                      <p class="fr-card__detail fr-mt-1w">
                        Période : {{ plan.startYear }}-{{ plan.endYear }}
                      </p>
                    </div>
                  </div>
                </div>
              </div>
            </li>
          } @empty {
            <li class="fr-col-12">
              <p>Aucun projet stratégique n’est encore enregistré.</p>
              @if (canManage()) {
                <p>
                  <a class="fr-link" routerLink="/administration"
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
          loading="Chargement des projets stratégiques…"
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
}
