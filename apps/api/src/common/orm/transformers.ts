import { ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` and `bigint` come back as strings from pg: read them as numbers. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};
