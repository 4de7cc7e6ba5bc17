import { REGION_CODES, type Status } from '@boussole/domain';
import type { DemoAction } from './content/demo-content.types';
import { DemoRandom } from './demo-random';

export interface GeneratedDeployment {
  regionCode: string;
  status: Status;
  progress: number;
  narrative: string | null;
}

/**
 * The 18 regional deployments of a regional action, spread around the action's own progress. A
 * couple of regions lag far behind the others, so that the regional-laggard signal shows.
 */
export function generateDeployments(action: DemoAction, code: string): GeneratedDeployment[] {
  const random = new DemoRandom(`deployments:${code}`);
  const laggards = new Set([random.pick(REGION_CODES), random.pick(REGION_CODES)]);
  return REGION_CODES.map((regionCode): GeneratedDeployment => {
    if (action.status === 'not_started') {
      return { regionCode, status: 'not_started', progress: 0, narrative: null };
    }
    const base = action.status === 'done' ? 100 : action.progress;
    const lag = laggards.has(regionCode) && base >= 30 ? random.int(25, 40) : 0;
    const progress = clamp(base + random.int(-12, 12) - lag, 0, 100);
    return { regionCode, status: deploymentStatus(action, progress, lag > 0), progress: statusAdjusted(progress, action), narrative: narrativeFor(regionCode, progress, lag > 0) };
  }).map((d) => (d.status === 'done' ? { ...d, progress: 100 } : d));
}

function deploymentStatus(action: DemoAction, progress: number, lagging: boolean): Status {
  if (action.status === 'abandoned') return 'abandoned';
  if (progress >= 100) return 'done';
  if (progress === 0) return 'not_started';
  if (lagging) return progress < 20 ? 'late' : 'at_risk';
  if (action.status === 'late') return 'late';
  if (action.status === 'at_risk') return 'at_risk';
  return 'on_track';
}

function statusAdjusted(progress: number, action: DemoAction): number {
  return action.status === 'done' ? Math.max(progress, 90) : progress;
}

function narrativeFor(regionCode: string, progress: number, lagging: boolean): string | null {
  // The three demo liaisons' regions carry a narrative; the others are filled in as they report.
  if (!['11', '53', '04'].includes(regionCode)) return null;
  if (lagging) return 'Déploiement retardé : recrutements en cours et calendrier revu avec les établissements.';
  if (progress >= 80) return 'Déploiement quasi achevé ; bilan partagé avec les acteurs du territoire.';
  return 'Déploiement engagé avec les délégations départementales ; premières structures accompagnées.';
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
