/** One row of the audit trail, `GET /api/audit` (DESIGN §5): who, when, what, before and after. */
export interface AuditEventPayload {
  id: number;
  /** ISO 8601 timestamp. */
  createdAt: string;
  /** E.g. `status_update.create`, `user.update`, `auth.login`. */
  verb: string;
  /** E.g. `action`, `deployment`, `axis`, `plan`, `indicator`, `cycle`, `user`. */
  entityType: string;
  entityId: string;
  /** The author with their name as it is today; null for the system (demo load, unknown sign-in). */
  actor: { id: number; name: string } | null;
  /** JSON as stored. */
  before: unknown;
  after: unknown;
}

/** `GET /api/audit?entity=&id=&actor=&from=&to=&page=&pageSize=`; `from`/`to` are inclusive Europe/Paris days. */
export interface AuditQuery {
  entity?: string;
  id?: string;
  actor?: number;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}
