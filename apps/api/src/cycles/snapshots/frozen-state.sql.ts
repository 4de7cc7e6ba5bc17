/**
 * A cycle's frozen state, one row per axis and one for the plan: an axis's standing validation's
 * snapshot if it has one, else the one its cycle's closing froze (a reopened validation's snapshot
 * is kept, but no longer stands for the axis). `where` filters `s` (cycle_snapshots) and `c`
 * (its cycle); the rows carry no content, which the reader takes from `cycle_snapshots` by id,
 * only the parts it needs.
 */
export const frozenStateSql = (where: string) => `
  SELECT DISTINCT ON (s.cycle_id, coalesce(s.axis_id, 0))
         s.id, s.cycle_id, s.axis_id, s.validation_id, s.frozen_at, s.as_of
    FROM cycle_snapshots s
    JOIN reporting_cycles c ON c.id = s.cycle_id
    LEFT JOIN axis_validations v ON v.id = s.validation_id
   WHERE (s.validation_id IS NULL OR v.reopened_at IS NULL) AND ${where}
   ORDER BY s.cycle_id, coalesce(s.axis_id, 0), s.validation_id IS NULL, s.frozen_at DESC`;
