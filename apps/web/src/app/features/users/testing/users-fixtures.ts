import type { UserPayload } from '@boussole/domain';
import { openPage } from '../../../testing/page';
import { usersRoutes } from '../users.routes';

export { type PageView } from '../../../testing/page';

export function aUser(overrides: Partial<UserPayload> = {}): UserPayload {
  return {
    id: 12,
    email: 'claire.dubois@sante.gouv.fr',
    name: 'Claire Dubois',
    role: 'project_manager',
    unit: {
      id: 1,
      code: 'PF',
      name: 'Sous-direction du pilotage de la performance des acteurs de l’offre de soins',
    },
    regionCode: null,
    active: true,
    createdAt: '2026-11-02T09:00:00Z',
    lastSeenAt: '2026-11-24T13:05:00Z',
    hasPassword: true,
    pendingLinkExpiresAt: null,
    version: 3,
    ...overrides,
  };
}

/** A page of the users' administration at `url`. */
export function openUsersPage(url: string) {
  return openPage(url, [
    { path: 'administration/utilisateurs', children: usersRoutes },
  ]);
}
