import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EXCLUSION_REASONS,
  median,
  REGIONS,
  regionProgress,
  STATUSES,
  type RegionDeployment,
  type RegionRollup,
  type RegionSummary,
  type Status,
} from '@boussole/domain';
import { DataSource } from 'typeorm';
import { invalid, notFound } from '../common/errors/app-error';
import { DEPLOYMENT_SELECT, DeploymentRow, toDeploymentPayloads } from './deployment-row';
import { defaultPlanId } from '../plans/default-plan';

/** Regional roll-ups (DESIGN §3): each region's weighted progress over its deployments, and its rank. */
@Injectable()
export class RegionRollupService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async summaries(planId: number): Promise<RegionSummary[]> {
    return (await this.compute(planId)).map(({ deployments: _d, lagging: _l, explain: _e, ...summary }) => summary);
  }

  async rollup(regionCode: string, planId: number | undefined): Promise<RegionRollup> {
    if (!REGIONS.some((r) => r.code === regionCode)) throw notFound('Région');
    const plan = planId ?? (await this.defaultPlan());
    const region = (await this.compute(plan)).find((r) => r.code === regionCode) as RegionRollup;
    return region;
  }

  private async defaultPlan(): Promise<number> {
    const id = await defaultPlanId(this.db);
    if (id === undefined) throw invalid('Aucun projet stratégique : précisez « plan ».');
    return id;
  }

  private async compute(planId: number): Promise<RegionRollup[]> {
    const [plan] = await this.db.query(`SELECT 1 FROM plans WHERE id = $1`, [planId]);
    if (!plan) throw notFound('Projet stratégique');
    const rows: DeploymentRow[] = await this.db.query(
      `${DEPLOYMENT_SELECT} WHERE a.plan_id = $1 ORDER BY string_to_array(a.code, '.')::int[], d.region_code`,
      [planId],
    );
    const byAction = new Map<number, DeploymentRow[]>();
    for (const r of rows) byAction.set(r.action_id, [...(byAction.get(r.action_id) ?? []), r]);
    const deployments: RegionDeployment[] = [];
    for (const list of byAction.values()) {
      const payloads = toDeploymentPayloads(list);
      const middle = median(list.filter((d) => d.status !== 'abandoned').map((d) => d.progress));
      payloads.forEach((p, i) => deployments.push({ ...p, actionCode: list[i].action_code, actionTitle: list[i].action_title, weight: list[i].weight, medianProgress: middle }));
    }
    const regions = REGIONS.map((region): RegionRollup => {
      const own = deployments.filter((d) => d.regionCode === region.code);
      const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
      for (const d of own) counts[d.status] += 1;
      return {
        code: region.code,
        name: region.name,
        overseas: region.overseas,
        planId,
        regionCount: REGIONS.length,
        progress: regionProgress(own),
        rank: null,
        deploymentCount: own.length,
        laggingCount: own.filter((d) => d.laggard).length,
        counts,
        explain: {
          counted: own.filter((d) => d.status !== 'abandoned').map((d) => ({ actionId: d.actionId, code: d.actionCode, weight: d.weight, progress: d.status === 'done' ? 100 : d.progress })),
          excluded: own.filter((d) => d.status === 'abandoned').map((d) => ({ actionId: d.actionId, code: d.actionCode, reason: EXCLUSION_REASONS.abandoned })),
        },
        deployments: own,
        lagging: own.filter((d) => d.laggard),
      };
    });
    // Rank by progress, most advanced first; ties share a rank.
    const ranked = regions.filter((r) => r.progress !== null).sort((a, b) => (b.progress as number) - (a.progress as number));
    for (const r of ranked) r.rank = ranked.findIndex((x) => x.progress === r.progress) + 1;
    return regions;
  }
}
