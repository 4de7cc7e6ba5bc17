import type { DeploymentPayload } from '@boussole/domain';

export type DeploymentSort = 'name' | 'progress';

/**
 * The deployments by region name (French order) or by progress, the least advanced first; the
 * signed-in liaison's own region always comes first.
 */
export function sortDeployments(
  deployments: readonly DeploymentPayload[],
  sort: DeploymentSort,
  ownRegion: string | null,
): DeploymentPayload[] {
  const byName = (a: DeploymentPayload, b: DeploymentPayload) =>
    a.regionName.localeCompare(b.regionName, 'fr');
  return [...deployments].sort((a, b) => {
    const own =
      Number(b.regionCode === ownRegion) - Number(a.regionCode === ownRegion);
    if (own !== 0) return own;
    return sort === 'progress'
      ? a.progress - b.progress || byName(a, b)
      : byName(a, b);
  });
}
