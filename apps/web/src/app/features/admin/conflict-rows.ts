import type { ConflictRow } from '../../shared/forms';

/**
 * The lines of a 409's comparison: each field whose saved value differs from what the user typed,
 * both written as the form shows them ("—" for nothing).
 */
export function conflictRows<F extends string>(
  labels: Readonly<Partial<Record<F, string>>>,
  current: Readonly<Record<F, string>>,
  attempted: Readonly<Record<F, string>>,
): ConflictRow[] {
  return (Object.keys(labels) as F[])
    .filter((field) => current[field].trim() !== attempted[field].trim())
    .map((field) => ({
      label: labels[field] ?? field,
      current: current[field].trim() || '—',
      attempted: attempted[field].trim() || '—',
    }));
}

/** What the conflict notice needs: the saved record and the comparison. */
export interface Conflict<T> {
  current: T;
  rows: ConflictRow[];
}
