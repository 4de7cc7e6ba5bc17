/**
 * The plan's workbook, one layout for the xlsx export, the import's template and the import
 * itself (issue 11: "export → edit → import works"). Each sheet names its columns once: the
 * export writes these headers in this order, the import finds its columns by these headers (so a
 * user may reorder them), and the template is the export without the history sheets.
 *
 * `key` is the field's name in the code; `header` is what the spreadsheet shows; `importable`
 * marks the columns an import reads (the others are computed figures, written for reading and
 * ignored on the way back in); `required` the ones an imported row must fill.
 */
export type CellKind = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'datetime' | 'boolean';

export interface WorkbookColumn {
  key: string;
  header: string;
  kind: CellKind;
  /** Read by the import. */
  importable?: boolean;
  /** An imported row must fill it. */
  required?: boolean;
  /** Readable width, in characters. */
  width?: number;
}

export interface WorkbookSheet {
  name: string;
  columns: readonly WorkbookColumn[];
}

const col = (key: string, header: string, kind: CellKind, options: Omit<WorkbookColumn, 'key' | 'header' | 'kind'> = {}): WorkbookColumn => ({
  key,
  header,
  kind,
  ...options,
});

export const AXES_SHEET: WorkbookSheet = {
  name: 'Axes',
  columns: [
    col('id', 'Identifiant', 'integer', { importable: true, width: 12 }),
    col('number', 'Numéro', 'integer', { importable: true, required: true, width: 10 }),
    col('title', 'Titre', 'text', { importable: true, required: true, width: 60 }),
    col('description', 'Description', 'text', { importable: true, width: 60 }),
    col('progress', 'Avancement', 'percent', { width: 14 }),
    col('expectedProgress', 'Avancement attendu', 'percent', { width: 14 }),
    col('health', 'Santé', 'text', { width: 16 }),
    col('actionCount', 'Actions', 'integer', { width: 10 }),
  ],
};

export const OBJECTIVES_SHEET: WorkbookSheet = {
  name: 'Objectifs',
  columns: [
    col('id', 'Identifiant', 'integer', { importable: true, width: 12 }),
    col('axisNumber', 'Axe', 'integer', { importable: true, required: true, width: 8 }),
    col('code', 'Code', 'text', { importable: true, required: true, width: 10 }),
    col('title', 'Titre', 'text', { importable: true, required: true, width: 60 }),
    col('description', 'Description', 'text', { importable: true, width: 60 }),
    col('progress', 'Avancement', 'percent', { width: 14 }),
    col('expectedProgress', 'Avancement attendu', 'percent', { width: 14 }),
    col('health', 'Santé', 'text', { width: 16 }),
  ],
};

export const ACTIONS_SHEET: WorkbookSheet = {
  name: 'Actions',
  columns: [
    col('id', 'Identifiant', 'integer', { importable: true, width: 12 }),
    col('objectiveCode', 'Objectif', 'text', { importable: true, required: true, width: 10 }),
    col('code', 'Code', 'text', { importable: true, required: true, width: 10 }),
    col('title', 'Titre', 'text', { importable: true, required: true, width: 60 }),
    col('description', 'Description', 'text', { importable: true, width: 40 }),
    col('unitCode', 'Sous-direction', 'text', { importable: true, required: true, width: 14 }),
    col('ownerEmail', 'Responsable (courriel)', 'text', { importable: true, width: 30 }),
    col('ownerName', 'Responsable', 'text', { width: 24 }),
    col('startDate', 'Début', 'date', { importable: true, width: 12 }),
    col('dueDate', 'Échéance', 'date', { importable: true, width: 12 }),
    col('weight', 'Poids', 'number', { importable: true, width: 8 }),
    col('regional', 'Régionale', 'boolean', { importable: true, width: 10 }),
    col('status', 'Météo déclarée', 'text', { width: 16 }),
    col('effectiveStatus', 'Météo retenue', 'text', { width: 16 }),
    col('progress', 'Avancement', 'percent', { width: 12 }),
    col('expectedProgress', 'Avancement attendu', 'percent', { width: 12 }),
    col('scheduleGap', 'Écart (points)', 'number', { width: 12 }),
    col('signals', 'Alertes', 'text', { width: 30 }),
    col('lastUpdateAt', 'Dernier point', 'datetime', { width: 18 }),
    col('narrative', 'Dernier point d’avancement', 'text', { width: 60 }),
  ],
};

export const UPDATES_SHEET: WorkbookSheet = {
  name: 'Points d’avancement',
  columns: [
    col('actionCode', 'Action', 'text', { width: 10 }),
    col('createdAt', 'Date', 'datetime', { width: 18 }),
    col('cycle', 'Campagne', 'text', { width: 12 }),
    col('status', 'Météo', 'text', { width: 16 }),
    col('progress', 'Avancement', 'percent', { width: 12 }),
    col('narrative', 'Point d’avancement', 'text', { width: 60 }),
    col('nextSteps', 'Prochaines étapes', 'text', { width: 40 }),
    col('blockers', 'Difficultés', 'text', { width: 40 }),
    col('author', 'Auteur·rice', 'text', { width: 24 }),
  ],
};

export const DEPLOYMENTS_SHEET: WorkbookSheet = {
  name: 'Déploiements',
  columns: [
    col('actionCode', 'Action', 'text', { width: 10 }),
    col('regionCode', 'Région (code)', 'text', { width: 10 }),
    col('regionName', 'Région', 'text', { width: 28 }),
    col('status', 'Météo', 'text', { width: 16 }),
    col('progress', 'Avancement', 'percent', { width: 12 }),
    col('narrative', 'Commentaire de l’ARS', 'text', { width: 60 }),
    col('updatedAt', 'Mis à jour le', 'datetime', { width: 18 }),
  ],
};

export const INDICATORS_SHEET: WorkbookSheet = {
  name: 'Indicateurs',
  columns: [
    col('id', 'Identifiant', 'integer', { importable: true, width: 12 }),
    // The node it is attached to: empty for the plan, else an axis number, objective or action code.
    col('attachedTo', 'Rattachement', 'text', { importable: true, width: 14 }),
    col('name', 'Nom', 'text', { importable: true, required: true, width: 50 }),
    col('unit', 'Unité', 'text', { importable: true, required: true, width: 10 }),
    col('baselineValue', 'Valeur de référence', 'number', { importable: true, required: true, width: 14 }),
    col('baselineDate', 'Date de référence', 'date', { importable: true, required: true, width: 14 }),
    col('targetValue', 'Cible', 'number', { importable: true, required: true, width: 12 }),
    col('targetDate', 'Date cible', 'date', { importable: true, required: true, width: 14 }),
    col('periodicity', 'Périodicité', 'text', { importable: true, required: true, width: 12 }),
    col('regional', 'Par région', 'boolean', { importable: true, width: 10 }),
    col('source', 'Source', 'text', { importable: true, width: 30 }),
    col('definition', 'Définition', 'text', { importable: true, width: 40 }),
    col('achievement', 'Atteinte', 'percent', { width: 12 }),
    col('latestValue', 'Dernière valeur', 'number', { width: 14 }),
  ],
};

export const MEASUREMENTS_SHEET: WorkbookSheet = {
  name: 'Mesures',
  columns: [
    // Either names the indicator: the name lets a file measure an indicator it creates itself.
    col('indicatorId', 'Indicateur (identifiant)', 'integer', { importable: true, width: 12 }),
    col('indicatorName', 'Indicateur', 'text', { importable: true, width: 40 }),
    col('period', 'Période', 'date', { importable: true, required: true, width: 12 }),
    // Empty: the national value.
    col('regionCode', 'Région (code)', 'text', { importable: true, width: 10 }),
    col('value', 'Valeur', 'number', { importable: true, required: true, width: 12 }),
  ],
};

/** In the workbook's order. */
export const WORKBOOK_SHEETS: readonly WorkbookSheet[] = [
  AXES_SHEET,
  OBJECTIVES_SHEET,
  ACTIONS_SHEET,
  UPDATES_SHEET,
  DEPLOYMENTS_SHEET,
  INDICATORS_SHEET,
  MEASUREMENTS_SHEET,
];

/** What an import reads; the template holds these sheets, pre-filled. */
export const IMPORT_SHEETS: readonly WorkbookSheet[] = [AXES_SHEET, OBJECTIVES_SHEET, ACTIONS_SHEET, INDICATORS_SHEET, MEASUREMENTS_SHEET];
