/** The roles of DESIGN §1. */
export const ROLES = ['admin', 'director', 'project_manager', 'ars_liaison', 'viewer'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administrateur·rice',
  director: 'Directeur·rice',
  project_manager: 'Chef·fe de projet',
  ars_liaison: 'Référent·e ARS',
  viewer: 'Lecteur·rice',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
