import { Transform } from 'class-transformer';

/** Trims a text field before it is validated, so that "   " counts as empty. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trims an optional text field and turns an empty one into null (no description). */
export const TrimToNull = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value));
