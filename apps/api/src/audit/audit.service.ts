import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface AuditRecord {
  actorId: number | null;
  verb: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Records audit events inside the caller's transaction: a write and its event land together or not at all. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, event: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (actor_id, verb, entity_type, entity_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        event.actorId,
        event.verb,
        event.entityType,
        String(event.entityId),
        event.before === undefined ? null : JSON.stringify(event.before),
        event.after === undefined ? null : JSON.stringify(event.after),
      ],
    );
  }
}
