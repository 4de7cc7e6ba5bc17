/** What an import reads, plans and reports: shared by the reader, the planner and the report. */
export type ImportKind = 'axis' | 'objective' | 'action' | 'indicator' | 'measurement';

export const IMPORT_KINDS: readonly ImportKind[] = ['axis', 'objective', 'action', 'indicator', 'measurement'];

/** One refusal, at its place in the workbook: `Actions!F12`. */
export interface ImportError {
  sheet: string;
  /** 1-based row of the sheet; null for a refusal of the whole sheet or file. */
  row: number | null;
  /** Column letter, when the refusal is about one cell. */
  column: string | null;
  /** `Actions!F12`, `Actions!12` for a row, `Actions` for a sheet. */
  cell: string | null;
  message: string;
}

/** A cell read with its column's type: text, number, `YYYY-MM-DD` or boolean; null when empty. */
export type CellValue = string | number | boolean | null;

/** One data row of a sheet: its values by column key, and where each column sits. */
export interface SheetRow {
  row: number;
  values: Record<string, CellValue>;
}

export interface ReadSheet {
  name: string;
  rows: SheetRow[];
  /** Column letter of each key found in the header row. */
  letters: Record<string, string>;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface PlannedCreate {
  sheet: string;
  row: number;
  /** The code, number or name the row is known by. */
  label: string;
  values: Record<string, unknown>;
}

export interface PlannedUpdate extends PlannedCreate {
  id: number;
  changes: FieldChange[];
}

export interface KindPlan {
  create: PlannedCreate[];
  update: PlannedUpdate[];
  unchanged: number;
}

/** The answer of a dry run, and the summary an applied import keeps. */
export interface ImportPlan {
  kinds: Record<ImportKind, KindPlan>;
  errors: ImportError[];
}

export function emptyPlan(): ImportPlan {
  const kinds = {} as Record<ImportKind, KindPlan>;
  for (const kind of IMPORT_KINDS) kinds[kind] = { create: [], update: [], unchanged: 0 };
  return { kinds, errors: [] };
}

export function cellError(sheet: string, row: number | null, column: string | null, message: string): ImportError {
  const cell = row === null ? sheet : `${sheet}!${column ?? ''}${row}`;
  return { sheet, row, column, cell, message };
}
