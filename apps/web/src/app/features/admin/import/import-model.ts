import {
  IMPORT_KINDS,
  type ImportChange,
  type ImportKind,
  type ImportPlan,
} from '@boussole/domain';
import { numberText } from '../../../core/i18n/page-format';

/** The API refuses larger files (issue 11); the page says so before sending one. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const IMPORT_KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  axis: $localize`Axes`,
  objective: $localize`Objectifs`,
  action: $localize`Actions`,
  indicator: $localize`Indicateurs`,
  measurement: $localize`Mesures`,
};

/** Why a chosen file cannot be sent, in the page's language; null when it may be. */
export function fileProblem(file: File | null): string | null {
  if (!file) return $localize`Choisissez le fichier à importer.`;
  if (!/\.xlsx$/i.test(file.name)) {
    return $localize`Le fichier doit être un classeur Excel au format .xlsx.`;
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return $localize`Le fichier pèse ${megabytes(file.size)}:SIZE:\u00a0Mo : la limite est de 10\u00a0Mo.`;
  }
  if (file.size === 0) return $localize`Le fichier est vide.`;
  return null;
}

function megabytes(bytes: number): string {
  return numberText(bytes / (1024 * 1024), 1);
}

/** One kind of record with its changes, in the order of the workbook's sheets. */
export interface ChangeGroup {
  kind: ImportKind;
  label: string;
  changes: ImportChange[];
}

/** The changes of one action (create or change), grouped by kind; kinds without any are left out. */
export function groupChanges(
  plan: ImportPlan,
  action: ImportChange['action'],
): ChangeGroup[] {
  return IMPORT_KINDS.map((kind) => ({
    kind,
    label: IMPORT_KIND_LABELS[kind],
    changes: plan.changes.filter(
      (change) => change.kind === kind && change.action === action,
    ),
  })).filter((group) => group.changes.length > 0);
}

/** How many records the file creates and changes, all kinds together. */
export function totals(plan: ImportPlan): {
  create: number;
  change: number;
  unchanged: number;
} {
  return IMPORT_KINDS.reduce(
    (sum, kind) => {
      const count = plan.counts[kind] ?? { create: 0, change: 0, unchanged: 0 };
      return {
        create: sum.create + count.create,
        change: sum.change + count.change,
        unchanged: sum.unchanged + count.unchanged,
      };
    },
    { create: 0, change: 0, unchanged: 0 },
  );
}

/** A value before or after a change, as words: empty values say so. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '')
    return $localize`(vide)`;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean')
    return value ? $localize`oui` : $localize`non`;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
