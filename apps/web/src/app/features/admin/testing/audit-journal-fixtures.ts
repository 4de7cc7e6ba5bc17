import type { AuditEventPayload } from '@boussole/domain';
import { aUser } from '../../users/testing/users-fixtures';

/** Test data of the journal: the people of the author filter, and four events of different kinds. */

export const PEOPLE = [
  aUser({ id: 3, name: 'Paul Financement' }),
  aUser({ id: 1, name: 'Alice Admin', role: 'admin', unit: null }),
  aUser({ id: 9, name: 'Zoé Ancienne', active: false }),
];

export const EVENTS: AuditEventPayload[] = [
  {
    id: 31,
    createdAt: '2026-10-05T08:30:00Z',
    verb: 'status_update.create',
    entityType: 'action',
    entityId: '7',
    actor: { id: 3, name: 'Paul Financement' },
    before: { status: 'on_track', progress: 30, version: 4 },
    after: { status: 'late', progress: 40, version: 5, statusUpdateId: 12 },
  },
  {
    id: 30,
    createdAt: '2026-07-01T12:00:00Z',
    verb: 'deployment.update',
    entityType: 'deployment',
    entityId: '7:53',
    actor: { id: 3, name: 'Paul Financement' },
    before: { status: 'not_started', progress: 0, narrative: null },
    after: { status: 'on_track', progress: 10, narrative: 'Lancé à Rennes.' },
  },
  {
    id: 29,
    createdAt: '2026-01-02T09:00:00Z',
    verb: 'user.update',
    entityType: 'user',
    entityId: '12',
    actor: { id: 1, name: 'Alice Admin' },
    before: { role: 'viewer' },
    after: { role: 'project_manager' },
  },
  {
    id: 28,
    createdAt: '2025-12-31T23:30:00Z',
    verb: 'action.delete',
    entityType: 'action',
    entityId: '8',
    actor: null,
    before: { code: '1.1.9' },
    after: null,
  },
];
