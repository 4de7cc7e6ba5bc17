import {
  STATUS_SEVERITY,
  addDays,
  isClosed,
  parseIsoDate,
  type CyclePayload,
  type DeploymentPayload,
  type RegionDeployment,
} from '@boussole/domain';
import { dateText } from '../../core/i18n/page-format';

/**
 * Whether a deployment's report answers the open cycle, by the cycle completeness rule of the API:
 * written since the cycle opened (00:00 UTC on its opening day), before its closing day is over,
 * or later by someone who signed it (a late report still answers it).
 */
export function reportedInCycle(
  deployment: Pick<DeploymentPayload, 'updatedAt' | 'updatedBy'>,
  cycle: CyclePayload | null,
): boolean {
  if (!cycle) return false;
  const at = Date.parse(deployment.updatedAt);
  return (
    at >= parseIsoDate(cycle.opensOn).getTime() &&
    (at < parseIsoDate(addDays(cycle.closesOn, 1)).getTime() ||
      deployment.updatedBy !== null)
  );
}

/** A liaison's deployments as her page splits them. */
export interface RegionWork {
  /** Expected this cycle: still running, or reported during it; what is still to report first. */
  expected: RegionDeployment[];
  /** Done or abandoned and not reported during the cycle: nothing more is asked of them. */
  closed: RegionDeployment[];
}

/**
 * The split and its order, read once from the deployments as loaded: a report made on the page
 * changes a deployment's figures, not its place (the form keeps the focus and its notice).
 * Within the expected ones: those still to report, the worst météo first, then the furthest
 * behind the other regions, then by code.
 */
export function regionWork(
  deployments: readonly RegionDeployment[],
  cycle: CyclePayload | null,
): RegionWork {
  const expected: RegionDeployment[] = [];
  const closed: RegionDeployment[] = [];
  for (const deployment of deployments) {
    if (isClosed(deployment.status) && !reportedInCycle(deployment, cycle)) {
      closed.push(deployment);
    } else {
      expected.push(deployment);
    }
  }
  expected.sort(
    (a, b) =>
      Number(reportedInCycle(a, cycle)) - Number(reportedInCycle(b, cycle)) ||
      STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status] ||
      behind(b) - behind(a) ||
      byCode(a, b),
  );
  closed.sort(byCode);
  return { expected, closed };
}

/** Points below the regions' median (0 when at or above it). */
function behind(deployment: RegionDeployment): number {
  return deployment.medianProgress === null
    ? 0
    : Math.max(0, deployment.medianProgress - deployment.progress);
}

/** Codes sort as numbers, part by part: 1.2.10 after 1.2.9. */
function byCode(a: RegionDeployment, b: RegionDeployment): number {
  return a.actionCode.localeCompare(b.actionCode, 'en', { numeric: true });
}

/** "Campagne T4 2026 (jusqu’au 11/12/2026) : 3 déploiements sur 8 restent à renseigner." */
export function regionExpectationText(
  cycle: CyclePayload | null,
  expected: readonly Pick<DeploymentPayload, 'updatedAt' | 'updatedBy'>[],
): string {
  if (!cycle) {
    return $localize`Aucune campagne de suivi n’est ouverte\u00a0: aucun rapport de déploiement n’est attendu pour l’instant.`;
  }
  const label = cycle.label;
  const until = dateText(cycle.closesOn);
  const count = expected.length;
  const missing = expected.filter((d) => !reportedInCycle(d, cycle)).length;
  if (count === 0)
    return $localize`Campagne ${label}:CYCLE: (jusqu’au ${until}:DATE:)\u00a0: aucun déploiement de votre région n’est attendu.`;
  if (missing === 0)
    return count === 1
      ? $localize`Campagne ${label}:CYCLE: (jusqu’au ${until}:DATE:)\u00a0: le déploiement attendu a été renseigné.`
      : $localize`Campagne ${label}:CYCLE: (jusqu’au ${until}:DATE:)\u00a0: les ${count}:EXPECTED: déploiements attendus ont été renseignés.`;
  return missing === 1
    ? $localize`Campagne ${label}:CYCLE: (jusqu’au ${until}:DATE:)\u00a0: 1 déploiement sur ${count}:EXPECTED: reste à renseigner.`
    : $localize`Campagne ${label}:CYCLE: (jusqu’au ${until}:DATE:)\u00a0: ${missing}:MISSING: déploiements sur ${count}:EXPECTED: restent à renseigner.`;
}
