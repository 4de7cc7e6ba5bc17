/** Anything that runs a query and answers `{ rows }` (a pg Client or Pool). */
export interface RowsQueryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** The p-th percentile (nearest rank) of the values, in their unit. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface UpdateCheck {
  acknowledged: number;
  stored: number;
  missing: number;
  duplicated: number;
  unacknowledged: number;
  ok: boolean;
}

/**
 * "None lost" (DESIGN §7): every status update the API acknowledged is in the database exactly once,
 * and the database holds no update of the run (its narrative carries `marker`) that was not acknowledged.
 */
export async function checkAcknowledgedUpdates(db: RowsQueryable, ids: readonly number[], marker: string): Promise<UpdateCheck> {
  const unique = new Set(ids);
  const found = (await db.query(`SELECT id::int AS id FROM status_updates WHERE id = ANY($1::bigint[])`, [[...unique]])).rows.map((r) => Number(r['id']));
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM status_updates WHERE narrative LIKE $1`, [`%${marker}%`])).rows as { n: number }[];
  const missing = unique.size - new Set(found).size;
  const duplicated = ids.length - unique.size;
  const unacknowledged = n - unique.size;
  return { acknowledged: ids.length, stored: n, missing, duplicated, unacknowledged, ok: missing === 0 && duplicated === 0 && unacknowledged === 0 };
}
