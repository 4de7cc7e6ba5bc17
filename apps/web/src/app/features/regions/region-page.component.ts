import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';

import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { REGIONS, STATUS_LABELS, type Status } from '@boussole/domain';

import { loadFrom } from '../../core/http/load-state';
import { domainText } from '../../core/i18n/domain-text';
import { countText, percentText } from '../../core/i18n/page-format';
import { aboutPlan, liveRefresh } from '../../core/live/live-refresh';
import { pageTitle } from '../../core/layout/page-title.strategy';
import { actionsListLink } from '../../shared/action-list/actions-list-link';
import { ExplainComponent } from '../../shared/explain.component';
import { ProgressBarComponent } from '../../shared/progress-bar.component';
import { DeploymentCommentsComponent } from './components/deployment-comments.component';
import { rankText } from './components/map-scale';
import { RegionDeploymentsTableComponent } from './components/region-deployments-table.component';
import { RegionsApi } from './regions.api';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { inRegion } from '../../shared/region-place';

const STATUS_ORDER: readonly Status[] = [
  'late',
  'at_risk',
  'on_track',
  'not_started',
  'done',
  'abandoned',
];

/** `/regions/:code`: a region's weighted progress, rank, deployments, laggards and comments. */
@Component({
  selector: 'bsl-region-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BreadcrumbComponent,
    LoadBlockComponent,
    DeploymentCommentsComponent,
    ExplainComponent,
    ProgressBarComponent,
    RegionDeploymentsTableComponent,
    RouterLink,
  ],
  templateUrl: './region-page.component.html',
})
export class RegionPageComponent {
  /** The region's INSEE code (route parameter). */
  readonly code = input.required<string>();
  /** `?plan=`: another plan than the active one. */
  readonly plan = input<string>();

  private readonly api = inject(RegionsApi);

  /** The region's name, known before the API answers. */
  protected readonly name = computed(
    () => REGIONS.find((region) => region.code === this.code())?.name ?? null,
  );
  /** A write to the plan shown, through any replica: the region's figures follow it. */
  private readonly live = liveRefresh(
    aboutPlan(() => this.data()?.value.planId),
  );
  protected readonly state = loadFrom(
    computed(() => ({ code: this.code(), planId: this.plan() }), {
      equal: (a, b) => a.code === b.code && a.planId === b.planId,
    }),
    ({ code, planId }) =>
      this.api.forPlan(planId, (plan) => this.api.rollup(code, plan.id)),
    this.live,
  );
  protected readonly data = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });

  protected readonly rankText = computed(() => {
    const rollup = this.data()?.value;
    if (!rollup) return '';
    return rollup.rank === null
      ? $localize`Pas de rang : aucun avancement n’est calculé pour cette région.`
      : $localize`${rankText(rollup.rank)}:RANK: sur ${rollup.regionCount}:COUNT: régions`;
  });
  protected readonly counts = computed(() => {
    const rollup = this.data()?.value;
    return rollup
      ? STATUS_ORDER.map((status) => ({
          status,
          label: domainText(STATUS_LABELS[status]),
          count: rollup.counts[status],
        }))
      : [];
  });
  protected readonly deploymentsText = computed(() =>
    countText(
      this.data()?.value.deploymentCount ?? 0,
      $localize`déploiement`,
      $localize`déploiements`,
    ),
  );
  protected readonly regionWord = $localize`Région`;
  protected readonly crumbs = computed((): Crumb[] => [
    { label: $localize`Régions`, link: '/regions' },
    { label: this.data()?.value?.name ?? this.name() ?? this.regionWord },
  ]);
  protected readonly percent = percentText;
  /** « en Bretagne », « à La Réunion », « dans les Pays de la Loire ». */
  protected readonly inRegion = inRegion;
  /** The plan's list of actions, on this region's deployments. */
  protected readonly listLink = actionsListLink;

  constructor() {
    const title = inject(Title);
    effect(() => {
      const name = this.data()?.value.name ?? this.name();
      if (name) title.setTitle(pageTitle($localize`${name}:NAME: – Régions`));
    });
  }
}
