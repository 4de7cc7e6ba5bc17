import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role, UserPayload } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/errors/app-error';
import { pageWindow } from '../common/page.query';
import type { ListUsersQuery } from './dto/list-users.query';

interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  region_code: string | null;
  active: boolean;
  created_at: Date;
  version: number;
  unit_id: number | null;
  unit_code: string | null;
  unit_name: string | null;
  has_password: boolean;
  last_seen_at: Date | null;
  pending_link_expires_at: Date | null;
}

/**
 * "Last seen" is the latest use of a session, or the latest sign-in once sessions have ended;
 * "pending link" the end of an unused invitation or reset link. Never a hash, a token or a session.
 */
const USER_COLUMNS = `
  u.id, u.email, u.name, u.role, u.region_code, u.active, u.created_at, u.version,
  un.id AS unit_id, un.code AS unit_code, un.name AS unit_name,
  u.password_hash IS NOT NULL AS has_password,
  GREATEST(
    (SELECT max(s.last_seen_at) FROM sessions s WHERE s.user_id = u.id),
    (SELECT max(e.created_at) FROM audit_events e WHERE e.actor_id = u.id AND e.verb = 'auth.login')
  ) AS last_seen_at,
  (SELECT max(t.expires_at) FROM account_tokens t WHERE t.user_id = u.id AND t.used_at IS NULL AND t.expires_at > now())
    AS pending_link_expires_at`;

function toPayload(row: UserRow): UserPayload {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    unit: row.unit_id !== null ? { id: row.unit_id, code: row.unit_code ?? '', name: row.unit_name ?? '' } : null,
    regionCode: row.region_code,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at?.toISOString() ?? null,
    hasPassword: row.has_password,
    pendingLinkExpiresAt: row.pending_link_expires_at?.toISOString() ?? null,
    version: row.version,
  };
}

/** The users as the administration sees them: search, filters, one user. */
@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: ListUsersQuery): Promise<{ items: UserPayload[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (query.q?.trim()) {
      const pattern = `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(`unaccent(u.name || ' ' || u.email) ILIKE unaccent(${param(pattern)})`);
    }
    if (query.role) where.push(`u.role = ${param(query.role)}`);
    if (query.unit) where.push(`un.code = ${param(query.unit)}`);
    if (query.region) where.push(`u.region_code = ${param(query.region)}`);
    if (query.active !== undefined) where.push(`u.active = ${param(query.active)}`);
    const { offset, limit } = pageWindow(query);
    const rows: (UserRow & { total: number })[] = await this.db.query(
      `SELECT ${USER_COLUMNS}, count(*) OVER ()::int AS total
         FROM users u LEFT JOIN units un ON un.id = u.unit_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY lower(unaccent(u.name)), u.id
        LIMIT ${param(limit)} OFFSET ${param(offset)}`,
      params,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && offset > 0) {
      // Past the last page: the total still tells the client where the pages end.
      const [counted] = await this.db.query(
        `SELECT count(*)::int AS n FROM users u LEFT JOIN units un ON un.id = u.unit_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
        params.slice(0, -2),
      );
      total = counted.n;
    }
    return { items: rows.map(toPayload), total };
  }

  /** One user; in `manager`'s transaction when given (the 409's "current"). */
  async get(id: number, manager: EntityManager = this.db.manager): Promise<UserPayload> {
    const [row]: UserRow[] = await manager.query(
      `SELECT ${USER_COLUMNS} FROM users u LEFT JOIN units un ON un.id = u.unit_id WHERE u.id = $1`,
      [id],
    );
    if (!row) throw notFound('Utilisateur·rice');
    return toPayload(row);
  }
}
