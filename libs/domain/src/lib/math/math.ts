/** Small numeric helpers shared by the roll-up, signal and indicator rules. */

/**
 * Rounds to one decimal, half away from zero, on the decimal value people read (42.05 → 42.1,
 * although the binary 42.05 is a hair below), as PostgreSQL's `round(numeric, 1)` does, so that
 * the SQL roll-ups and these rules give the same figures.
 */
export function round1(value: number): number {
  const magnitude = Math.abs(value);
  // Below this, toPrecision switches to exponent notation; such values round to 0 anyway.
  if (magnitude < 1e-6) return 0;
  const rounded = Number(
    `${Math.round(Number(`${magnitude.toPrecision(15)}e1`))}e-1`,
  );
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The median; for an even count, the mean of the two middle values. `null` for no values, so that
 * "no data" is never shown as 0.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The weighted mean, or `null` when there is nothing (or no weight) to average. */
export function weightedMean(
  items: readonly { value: number; weight: number }[],
): number | null {
  let total = 0;
  let weights = 0;
  for (const { value, weight } of items) {
    total += value * weight;
    weights += weight;
  }
  return weights > 0 ? total / weights : null;
}
