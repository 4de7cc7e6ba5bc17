import {
  REGIONS,
  type ActionDeployments,
  type CurrentUser,
  type DeploymentPayload,
} from '@boussole/domain';
import { anAction, USERS } from './action-fixtures';

/** Test data of the regional roll-out: a regional action, its 18 deployments, two liaisons. */

export const aRegionalAction = () => anAction({ regional: true });

/** Progress by region: Corse and Mayotte lag more than 15 points behind the median (60). */
const PROGRESS: Readonly<Record<string, number>> = {
  '94': 20,
  '06': 30,
  '53': 62,
};

export function aDeployment(
  changes: Partial<DeploymentPayload> = {},
): DeploymentPayload {
  return {
    actionId: 7,
    regionCode: '53',
    regionName: 'Bretagne',
    status: 'on_track',
    progress: 62,
    narrative: null,
    version: 3,
    updatedAt: '2026-11-20T09:00:00Z',
    updatedBy: null,
    laggard: false,
    commentCount: 0,
    ...changes,
  };
}

export function theDeployments(): ActionDeployments {
  const deployments = REGIONS.map(({ code, name }) =>
    aDeployment({
      regionCode: code,
      regionName: name,
      progress: PROGRESS[code] ?? 60,
      status: code === '94' ? 'late' : 'on_track',
      laggard: code === '94' || code === '06',
      narrative:
        code === '53' ? 'Quatre CPTS signées.\nDeux autres en cours.' : null,
      updatedBy: code === '53' ? { id: 11, name: 'Awena Le Gall' } : null,
      commentCount: code === '53' ? 2 : 0,
    }),
  );
  return {
    actionId: 7,
    deployments,
    spread: {
      counts: {
        not_started: 0,
        on_track: 17,
        at_risk: 0,
        late: 1,
        done: 0,
        abandoned: 0,
      },
      median: 60,
      min: 20,
      max: 62,
    },
  };
}

export const LIAISONS = {
  bretagne: {
    ...USERS.arsLiaison,
    id: 11,
    email: 'ars-bretagne@boussole.test',
    name: 'Awena Le Gall',
    regionCode: '53',
  } satisfies CurrentUser,
  ileDeFrance: USERS.arsLiaison,
} as const;
