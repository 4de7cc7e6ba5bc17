/**
 * The fields of `dto` that change `record`, with their values before and after: what an edit
 * writes and what its audit event keeps.
 */
export function changedFields<F extends string>(
  fields: readonly F[],
  record: { [K in F]?: unknown },
  dto: { [K in F]?: unknown },
): { changes: F[]; before: Partial<Record<F, unknown>>; after: Partial<Record<F, unknown>> } {
  const changes = fields.filter((f) => dto[f] !== undefined && !same(dto[f], record[f]));
  const before: Partial<Record<F, unknown>> = {};
  const after: Partial<Record<F, unknown>> = {};
  for (const f of changes) {
    before[f] = record[f];
    after[f] = dto[f];
  }
  return { changes, before, after };
}

function same(a: unknown, b: unknown): boolean {
  return typeof a === 'object' || typeof b === 'object' ? JSON.stringify(a) === JSON.stringify(b) : a === b;
}
