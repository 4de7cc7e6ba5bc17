/**
 * Payloads of the import of a plan from its workbook (DESIGN §5, issue 11):
 * `POST /api/imports/plans/:id?dryRun=true` (multipart `file`) → ImportPlan,
 * `POST /api/imports/plans/:id` → ImportReport, `GET /api/imports/:id` → ImportReport.
 */
import type { IsoDateTime } from './payloads';

export const IMPORT_KINDS = ['axis', 'objective', 'action', 'indicator', 'measurement'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One field that the import changes, as stored before and as the file says. */
export interface ImportFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A record the file creates or changes. */
export interface ImportChange {
  kind: ImportKind;
  action: 'create' | 'change';
  /** Its key in the file: the axis number, the objective or action code, the indicator's name, the measurement's indicator and period. */
  key: string;
  /** What the record is, in words ("Action 1.2.3 – Titre"). */
  label: string;
  /** For a change: every field that differs. */
  fields?: ImportFieldChange[];
  /** Where it is in the file, e.g. `Actions!A12`. */
  cell?: string;
}

/** Something in the file that prevents the import. */
export interface ImportError {
  sheet: string;
  /** 1-based, as the spreadsheet shows it; null for the file or a whole sheet. */
  row: number | null;
  /** The column's letter, null for a whole row or sheet. */
  column: string | null;
  /** E.g. `Actions!F12`, or the sheet's name alone. */
  cell: string | null;
  message: string;
}

/** The plan of changes of a file: what a dry run answers, nothing written. */
export interface ImportPlan {
  dryRun: boolean;
  fileName: string;
  counts: Record<ImportKind, { create: number; change: number; unchanged: number }>;
  changes: ImportChange[];
  errors: ImportError[];
}

/** A run of the import: simulated (`planned`), written (`applied`), or refused for its errors. */
export type ImportStatus = 'planned' | 'applied' | 'refused';

/** An applied import, kept: `GET /api/imports/:id`. */
export interface ImportReport extends ImportPlan {
  id: number;
  planId: number;
  createdAt: IsoDateTime;
  author: { id: number; name: string } | null;
  /** True once its changes were written (all of them, in one transaction). */
  applied: boolean;
  status: ImportStatus;
  /** The file's size, in bytes. */
  fileSize: number;
}
