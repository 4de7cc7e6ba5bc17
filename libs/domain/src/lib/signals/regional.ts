import { formatNumberFr, formatPercentFr } from '../format/format';
import { median, round1, weightedMean } from '../math/math';
import { REGIONS } from '../regions/regions';
import { STATUSES, type Status } from '../status/status';
import { REGIONAL_LAGGARD_POINTS, type Signal } from './signal-kind';

export interface DeploymentFact {
  regionCode: string;
  progress: number;
  status: Status;
}

export interface DeploymentSpread {
  counts: Record<Status, number>;
  median: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Abandoned deployments (the action is not rolled out in that region) are left out of the
 * median and never flagged, as abandoned actions are left out of every roll-up (DESIGN §3).
 */
function active(deployments: readonly DeploymentFact[]): DeploymentFact[] {
  return deployments.filter((d) => d.status !== 'abandoned');
}

/**
 * How an action's roll-out is spread across regions (DESIGN §3 "Regional roll-up"): the number of
 * regions in each status (all of them), and the median, minimum and maximum progress of the
 * non-abandoned ones; `null` figures when there is none.
 */
export function spread(
  deployments: readonly DeploymentFact[],
): DeploymentSpread {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<
    Status,
    number
  >;
  for (const d of deployments) counts[d.status] += 1;
  const values = active(deployments).map((d) => d.progress);
  return {
    counts,
    median: median(values),
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
  };
}

/**
 * The regions whose progress is more than 15 points below the median of the regions (DESIGN §3),
 * the region itself included in the median; exactly 15 below is not flagged. Input order is kept.
 */
export function regionalLaggards(
  deployments: readonly DeploymentFact[],
): string[] {
  const considered = active(deployments);
  const middle = median(considered.map((d) => d.progress));
  if (middle === null) return [];
  return considered
    .filter((d) => d.progress < middle - REGIONAL_LAGGARD_POINTS)
    .map((d) => d.regionCode);
}

/** The `regional_laggard` signals of an action's deployments, with a French sentence each. */
export function regionalLaggardSignals(
  deployments: readonly DeploymentFact[],
): (Signal & { regionCode: string })[] {
  const middle = median(active(deployments).map((d) => d.progress));
  const laggards = new Set(regionalLaggards(deployments));
  return deployments
    .filter((d) => laggards.has(d.regionCode))
    .map((d) => ({
      kind: 'regional_laggard' as const,
      regionCode: d.regionCode,
      // Laggards exist only when there is a median; `?? 0` only satisfies the type checker.
      message:
        `${regionName(d.regionCode)}\u00a0: avancement de ${formatPercentFr(d.progress)}, ` +
        `${formatNumberFr((middle ?? 0) - d.progress, 1)}\u00a0points sous la médiane des régions (${formatPercentFr(middle ?? 0)}).`,
    }));
}

/**
 * A region's progress over the regional actions it deploys (DESIGN §3): the weighted mean of its
 * non-abandoned deployments' progress, weights = the actions' weights, one decimal; `null` if none.
 */
export function regionProgress(
  deployments: readonly { progress: number; status: Status; weight: number }[],
): number | null {
  const mean = weightedMean(
    deployments
      .filter((d) => d.status !== 'abandoned')
      .map((d) => ({
        value: d.status === 'done' ? 100 : d.progress,
        weight: d.weight,
      })),
  );
  return mean === null ? null : round1(mean);
}

function regionName(code: string): string {
  return REGIONS.find((r) => r.code === code)?.name ?? `Région ${code}`;
}
