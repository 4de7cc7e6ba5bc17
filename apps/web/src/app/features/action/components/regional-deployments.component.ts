import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  can,
  type ActionDeployments,
  type ActionDetail,
  type Decision,
  type DeploymentPayload,
} from '@boussole/domain';
import { archivedReason } from '../archived-reason';
import { combineLatest, filter, switchMap } from 'rxjs';
import { actionIdOf } from '../../../core/live/live-event';
import { liveRefresh } from '../../../core/live/live-refresh';
import { AuthService } from '../../../core/auth/auth.service';
import {
  LOADING,
  toLoadState,
  type LoadState,
} from '../../../core/http/load-state';
import { actorOf } from '../../../shared/comments/comment-permissions';
import { DeploymentsApi } from '../../../shared/deployments/deployments.api';
import { DeploymentPanelComponent } from './deployment-panel.component';
import { sortDeployments, type DeploymentSort } from './deployment-sort';
import { RegionalSpreadComponent } from './regional-spread.component';
import { RegionsGridComponent } from './regions-grid.component';
import { LoadBlockComponent } from '../../../shared/load-block.component';

/**
 * "Déploiement dans les régions" of a regional action: the spread, the grid of the 18 regions and
 * the panel of the region chosen in it (the liaison's own region by default).
 */
@Component({
  selector: 'bsl-regional-deployments',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DeploymentPanelComponent,
    LoadBlockComponent,
    RegionalSpreadComponent,
    RegionsGridComponent,
  ],
  templateUrl: './regional-deployments.component.html',
})
export class RegionalDeploymentsComponent {
  readonly action = input.required<ActionDetail>();

  private readonly api = inject(DeploymentsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly user = inject(AuthService).user;
  private readonly actor = computed(() => actorOf(this.user()));
  private readonly actionId = computed(() => this.action().id);

  /** Bumped to fetch the deployments again, without going back to "loading". */
  private readonly saves = signal(0);
  /** A write about this action through any replica (a region's deployment, say). */
  private readonly live = liveRefresh(
    (event) => actionIdOf(event) === this.actionId(),
  );
  private readonly reload = computed(() => this.saves() + this.live());
  protected readonly state = toSignal(
    combineLatest([
      toObservable(this.actionId),
      toObservable(this.reload),
    ]).pipe(
      switchMap(([id, reload]) =>
        toLoadState(this.api.list(id)).pipe(
          filter((state) => reload === 0 || state.status !== 'loading'),
        ),
      ),
    ),
    { initialValue: LOADING as LoadState<ActionDeployments> },
  );
  /**
   * The deployments shown; a saved one replaces its row at once, before the list comes back. A
   * failed refresh keeps the list on screen.
   */
  protected readonly deployments = linkedSignal<
    LoadState<ActionDeployments>,
    DeploymentPayload[] | null
  >({
    source: this.state,
    computation: (state, previous) =>
      state.status === 'ready'
        ? state.value.deployments
        : (previous?.value ?? null),
  });
  protected readonly spread = linkedSignal<
    LoadState<ActionDeployments>,
    ActionDeployments['spread'] | null
  >({
    source: this.state,
    computation: (state, previous) =>
      state.status === 'ready' ? state.value.spread : (previous?.value ?? null),
  });
  protected readonly loadError = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });

  protected readonly sort = signal<DeploymentSort>('name');
  protected readonly ownRegion = computed(() => {
    const actor = this.actor();
    return actor?.role === 'ars_liaison' ? actor.regionCode : null;
  });
  protected readonly rows = computed(() =>
    sortDeployments(this.deployments() ?? [], this.sort(), this.ownRegion()),
  );
  /** Counts reported by the threads, fresher than the list's. */
  protected readonly commentCounts = signal<ReadonlyMap<string, number>>(
    new Map(),
  );

  private readonly chosen = signal<string | null>(null);
  protected readonly selectedCode = computed(
    () => this.chosen() ?? this.ownRegion(),
  );
  /** The same version of a deployment is the same deployment: the form keeps what was typed. */
  protected readonly selected = computed(
    () =>
      this.deployments()?.find((d) => d.regionCode === this.selectedCode()) ??
      null,
    {
      equal: (a, b) =>
        a?.regionCode === b?.regionCode && a?.version === b?.version,
    },
  );
  /** On an archived plan no deployment is written nor commented, whoever one is. */
  protected readonly archivedReason = computed(() =>
    archivedReason(this.action()),
  );
  protected readonly updateDecision = computed((): Decision => {
    const archived = this.archivedReason();
    return archived
      ? { allowed: false, reason: archived }
      : can(this.actor(), 'deployment.update', {
          unitCode: this.action().unit.code,
          regionCode: this.selectedCode(),
        });
  });

  protected sortBy(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.sort.set(value === 'progress' ? 'progress' : 'name');
  }

  protected view(regionCode: string): void {
    this.chosen.set(regionCode);
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('#deploiement-panneau-titre')
          ?.focus(),
      { injector: this.injector },
    );
  }

  /** A saved or reloaded deployment: its row at once, then the spread and signals from the API. */
  protected replace(deployment: DeploymentPayload): void {
    this.deployments.update((list) =>
      (list ?? []).map((d) =>
        d.regionCode === deployment.regionCode ? deployment : d,
      ),
    );
    this.saves.update((n) => n + 1);
  }

  protected countChanged(regionCode: string, count: number): void {
    this.commentCounts.update((counts) =>
      new Map(counts).set(regionCode, count),
    );
  }
}
