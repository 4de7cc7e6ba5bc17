import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ActionListItem } from '@boussole/domain';
import { EMPTY, switchMap } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { MyActionCardComponent } from './my-action-card.component';
import { MyActionsApi } from './my-actions.api';
import { LoadBlockComponent } from '../../shared/load-block.component';

/**
 * `/mes-actions`: a project manager's actions, those to update for the open reporting cycle
 * first (the API sorts them), then the others.
 */
@Component({
  selector: 'bsl-my-actions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadBlockComponent, MyActionCardComponent, RouterLink],
  templateUrl: './my-actions-page.component.html',
})
export class MyActionsPageComponent {
  private readonly api = inject(MyActionsApi);
  protected readonly user = inject(AuthService).user;
  protected readonly projectManager = computed(
    () => this.user()?.role === 'project_manager',
  );

  private readonly state = toSignal(
    toObservable(this.projectManager).pipe(
      switchMap((projectManager) =>
        projectManager ? toLoadState(this.api.list()) : EMPTY,
      ),
    ),
    { initialValue: LOADING },
  );

  protected readonly actions = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  /** "À mettre à jour": no update since the open cycle began (the `stale` signal). */
  protected readonly toUpdate = computed(() =>
    (this.actions() ?? []).filter(isStale),
  );
  protected readonly others = computed(() =>
    (this.actions() ?? []).filter((action) => !isStale(action)),
  );
}

function isStale(action: ActionListItem): boolean {
  return action.signals.includes('stale');
}
