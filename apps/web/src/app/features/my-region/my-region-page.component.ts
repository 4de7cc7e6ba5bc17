import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';

import { RouterLink } from '@angular/router';
import {
  REGIONS,
  can,
  type CyclePayload,
  type Decision,
  type DeploymentPayload,
  type RegionDeployment,
  type RegionRollup,
} from '@boussole/domain';
import { EMPTY, catchError, forkJoin, map, of } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { loadFrom } from '../../core/http/load-state';
import { aboutPlan, liveRefresh } from '../../core/live/live-refresh';
import { actorOf } from '../../shared/comments/comment-permissions';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { RollupApi } from '../plans/rollup.api';
import { RegionsApi } from '../regions/regions.api';
import { RegionDeploymentComponent } from './region-deployment.component';
import {
  regionExpectationText,
  regionWork,
  reportedInCycle,
} from './region-work';

interface RegionData {
  rollup: RegionRollup;
  /** The open cycle of the plan; null when none is open (or the cycles could not be read). */
  cycle: CyclePayload | null;
}

/**
 * `/ma-region`: an ARS liaison's start page. The deployments of her region that the open cycle
 * expects, each reported on the spot, the region's past reports with each; the closed ones apart.
 */
@Component({
  selector: 'bsl-my-region-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadBlockComponent, RegionDeploymentComponent, RouterLink],
  templateUrl: './my-region-page.component.html',
})
export class MyRegionPageComponent {
  private readonly regionsApi = inject(RegionsApi);
  private readonly rollupApi = inject(RollupApi);
  protected readonly user = inject(AuthService).user;
  /** The liaison's region; null for any other role (or a liaison not yet given one). */
  protected readonly regionCode = computed(() => {
    const user = this.user();
    return user?.role === 'ars_liaison' ? user.regionCode : null;
  });
  protected readonly regionName = computed(() => {
    const code = this.regionCode();
    return REGIONS.find((region) => region.code === code)?.name ?? null;
  });

  /** A write to the plan through any replica (another region's report moves the median). */
  private readonly live = liveRefresh(
    aboutPlan(() => this.data()?.rollup.planId),
  );
  private readonly state = loadFrom(
    this.regionCode,
    (code) =>
      code
        ? this.regionsApi
            .forPlan(null, (plan) =>
              forkJoin({
                rollup: this.regionsApi.rollup(code, plan.id),
                cycle: this.rollupApi.cycles(plan.id).pipe(
                  map(
                    (cycles) =>
                      cycles.find((cycle) => cycle.state === 'open') ?? null,
                  ),
                  catchError(() => of(null)),
                ),
              }),
            )
            .pipe(map((data): RegionData | null => data?.value ?? null))
        : EMPTY,
    this.live,
  );

  protected readonly data = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly loaded = computed(() => this.state().status === 'ready');
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  protected readonly cycle = computed(() => this.data()?.cycle ?? null);

  /** The reports saved on this page, by action: they change a deployment's figures, not its place. */
  private readonly saved = signal<ReadonlyMap<number, DeploymentPayload>>(
    new Map(),
  );
  /** The one deployment whose report form is open (one at a time: the form's ids are its own). */
  protected readonly openId = signal<number | null>(null);

  private readonly work = computed(() => {
    const data = this.data();
    return data ? regionWork(data.rollup.deployments, data.cycle) : null;
  });
  protected readonly expected = computed(() =>
    (this.work()?.expected ?? []).map((d) => this.current(d)),
  );
  protected readonly closed = computed(() =>
    (this.work()?.closed ?? []).map((d) => this.current(d)),
  );
  protected readonly expectation = computed(() =>
    this.data() ? regionExpectationText(this.cycle(), this.expected()) : null,
  );
  protected readonly closedOpen = signal(false);

  private current(deployment: RegionDeployment): RegionDeployment {
    const saved = this.saved().get(deployment.actionId);
    // A newer version, from another user's write, wins over what was saved here before.
    return saved && saved.version >= deployment.version
      ? { ...deployment, ...saved }
      : deployment;
  }

  protected reported(deployment: RegionDeployment): boolean {
    return reportedInCycle(deployment, this.cycle());
  }

  protected decision(deployment: RegionDeployment): Decision {
    // A liaison's right depends on the region only; the action's unit is not in the roll-up.
    return can(actorOf(this.user()), 'deployment.update', {
      unitCode: null,
      regionCode: deployment.regionCode,
    });
  }

  protected toggle(actionId: number): void {
    this.openId.update((open) => (open === actionId ? null : actionId));
  }

  protected save(deployment: DeploymentPayload): void {
    this.saved.update((saved) =>
      new Map(saved).set(deployment.actionId, deployment),
    );
  }
}
