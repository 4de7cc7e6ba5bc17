import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type AuditEventPayload } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { toActor, type RequestUser } from '../auth/request-user';
import { forbidden, invalid } from '../common/errors/app-error';
import { pageWindow } from '../common/page.query';
import type { AuditListQuery } from './dto/audit.query';

/** The records and verbs of users and accounts, whose trail only an admin reads (DESIGN §4). */
export const ACCOUNT_ENTITY_TYPES = ['user', 'session', 'login'] as const;
const ACCOUNT_EVENT_SQL = `(e.entity_type IN ('user', 'session', 'login') OR e.verb ~ '^(auth|password|invitation|user)\\.')`;

export const AUDIT_MESSAGES = {
  idWithoutEntity: 'Le paramètre « id » s’emploie avec « entity ».',
  fromAfterTo: 'La date « from » doit précéder ou égaler la date « to ».',
  accountsForbidden: 'Le journal des comptes et des connexions est réservé à l’administration.',
} as const;

interface AuditRow {
  id: string;
  created_at: Date;
  verb: string;
  entity_type: string;
  entity_id: string;
  actor_id: number | null;
  actor_name: string | null;
  before: unknown;
  after: unknown;
  total: number;
}

/**
 * Reads the audit trail. A director reads the plan records' trail; the events about users and
 * accounts are left out for them (asking for them explicitly is a 403), since only an admin
 * "manages users and reads their audit trail". Days are Europe/Paris days, `to` included.
 */
@Injectable()
export class AuditQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(user: RequestUser, query: AuditListQuery): Promise<{ items: AuditEventPayload[]; total: number }> {
    if (query.id !== undefined && query.entity === undefined) throw invalid(AUDIT_MESSAGES.idWithoutEntity, { id: AUDIT_MESSAGES.idWithoutEntity });
    if (query.from && query.to && query.from > query.to) throw invalid(AUDIT_MESSAGES.fromAfterTo, { from: AUDIT_MESSAGES.fromAfterTo });
    const seesAccounts = can(toActor(user), 'users.manage').allowed;
    if (!seesAccounts && query.entity && (ACCOUNT_ENTITY_TYPES as readonly string[]).includes(query.entity)) {
      throw forbidden(AUDIT_MESSAGES.accountsForbidden);
    }
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    // entity_type then entity_id then created_at DESC: audit_events_entity_idx serves this order.
    if (query.entity) where.push(`e.entity_type = ${param(query.entity)}`);
    if (query.id !== undefined) where.push(`e.entity_id = ${param(query.id)}`);
    if (query.actor !== undefined) where.push(`e.actor_id = ${param(query.actor)}`);
    if (query.from) where.push(`e.created_at >= (${param(query.from)}::date::timestamp AT TIME ZONE 'Europe/Paris')`);
    if (query.to) where.push(`e.created_at < ((${param(query.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`);
    if (!seesAccounts) where.push(`NOT ${ACCOUNT_EVENT_SQL}`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { offset, limit } = pageWindow(query);
    const rows: AuditRow[] = await this.db.query(
      `SELECT e.id, e.created_at, e.verb, e.entity_type, e.entity_id, e.actor_id, u.name AS actor_name,
              e.before, e.after, count(*) OVER ()::int AS total
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
        ${whereSql}
        ORDER BY e.created_at DESC, e.id DESC
        LIMIT ${param(limit)} OFFSET ${param(offset)}`,
      params,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && offset > 0) {
      // Past the last page: the total still tells the client where the pages end.
      const [counted] = await this.db.query(`SELECT count(*)::int AS n FROM audit_events e ${whereSql}`, params.slice(0, -2));
      total = counted.n;
    }
    return { items: rows.map(toPayload), total };
  }
}

function toPayload(row: AuditRow): AuditEventPayload {
  return {
    id: Number(row.id),
    createdAt: row.created_at.toISOString(),
    verb: row.verb,
    entityType: row.entity_type,
    entityId: row.entity_id,
    actor: row.actor_id === null ? null : { id: row.actor_id, name: row.actor_name ?? '' },
    before: row.before,
    after: row.after,
  };
}
