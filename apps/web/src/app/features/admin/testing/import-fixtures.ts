import type { ImportPlan, ImportReport } from '@boussole/domain';

/** Test data of the import page: dry runs and chosen files. */

export const NONE = { create: 0, change: 0, unchanged: 0 };

/** A dry run that creates an action and changes an objective's title and an action's weight. */
export function aDryRun(changes: Partial<ImportPlan> = {}): ImportPlan {
  return {
    dryRun: true,
    fileName: 'projet.xlsx',
    counts: {
      axis: { create: 0, change: 0, unchanged: 2 },
      objective: { create: 0, change: 1, unchanged: 2 },
      action: { create: 1, change: 1, unchanged: 1 },
      indicator: NONE,
      measurement: NONE,
    },
    changes: [
      {
        kind: 'action',
        action: 'create',
        key: '1.1.3',
        label: 'Action 1.1.3 – Ouvrir des maisons de santé',
      },
      {
        kind: 'objective',
        action: 'change',
        key: '1.2',
        label: 'Objectif 1.2 – Aller vers',
        fields: [
          {
            field: 'Titre',
            before: 'Aller vers',
            after: 'Aller vers les patients',
          },
        ],
      },
      {
        kind: 'action',
        action: 'change',
        key: '1.1.1',
        label: 'Action 1.1.1 – Déployer les CPTS',
        fields: [
          { field: 'Poids', before: 1, after: 2.5 },
          { field: 'Description', before: null, after: 'Partout.' },
        ],
      },
    ],
    errors: [],
    ...changes,
  };
}

/** The kept report of `aDryRun()` once applied, as `GET /api/imports/:id` gives it. */
export function aReport(changes: Partial<ImportReport> = {}): ImportReport {
  return {
    ...aDryRun(),
    dryRun: false,
    id: 42,
    planId: 1,
    createdAt: '2026-11-24T13:05:00Z',
    author: { id: 1, name: 'Alice Admin' },
    applied: true,
    status: 'applied',
    fileSize: 2048,
    ...changes,
  };
}

/** A file of `size` bytes (declared, not allocated) as the file input gives it. */
export function aFile(name: string, size = 2048): File {
  const file = new File(['PK'], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}
