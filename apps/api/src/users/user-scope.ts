import { ROLE_LABELS, type Role } from '@boussole/domain';

/** What a role is attached to: a project manager to a unit, an ARS liaison to a region, the others to nothing. */
export interface UserScope {
  unitCode: string | null;
  regionCode: string | null;
}

export const SCOPE_MESSAGES = {
  unitRequired: 'Un·e chef·fe de projet est rattaché·e à une sous-direction : choisissez-la.',
  regionRequired: 'Un·e référent·e ARS est rattaché·e à une région : choisissez-la.',
  noUnit: (role: Role) => `Le rôle «\u00a0${ROLE_LABELS[role]}\u00a0» n’est rattaché à aucune sous-direction.`,
  noRegion: (role: Role) => `Le rôle «\u00a0${ROLE_LABELS[role]}\u00a0» n’est rattaché à aucune région.`,
} as const;

/**
 * The scope a user ends with, from what they had, the role they end with and what the request
 * says (`undefined`: not said). A new role drops the attachment it does not take, unless the
 * request names it; a role that needs one must have it. Returns the field errors, if any.
 */
export function resolveScope(
  role: Role,
  requested: { unitCode?: string | null; regionCode?: string | null },
  previous: UserScope & { role: Role | null },
): { scope: UserScope; errors: Record<string, string> } {
  const roleChanged = previous.role !== role;
  const keep = (asked: string | null | undefined, had: string | null, takes: boolean) =>
    asked !== undefined ? asked : roleChanged && !takes ? null : had;
  const scope: UserScope = {
    unitCode: keep(requested.unitCode, previous.unitCode, role === 'project_manager'),
    regionCode: keep(requested.regionCode, previous.regionCode, role === 'ars_liaison'),
  };
  const errors: Record<string, string> = {};
  if (role === 'project_manager' && !scope.unitCode) errors['unitCode'] = SCOPE_MESSAGES.unitRequired;
  if (role !== 'project_manager' && scope.unitCode) errors['unitCode'] = SCOPE_MESSAGES.noUnit(role);
  if (role === 'ars_liaison' && !scope.regionCode) errors['regionCode'] = SCOPE_MESSAGES.regionRequired;
  if (role !== 'ars_liaison' && scope.regionCode) errors['regionCode'] = SCOPE_MESSAGES.noRegion(role);
  return { scope, errors };
}
