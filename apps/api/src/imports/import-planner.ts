import { REGION_CODES, startOfPeriod, type Periodicity } from '@boussole/domain';
import { ACTIONS_SHEET, AXES_SHEET, INDICATORS_SHEET, MEASUREMENTS_SHEET, OBJECTIVES_SHEET } from '../exports/workbook-layout';
import { cellError, emptyPlan, type CellValue, type FieldChange, type ImportKind, type ImportPlan, type ReadSheet, type SheetRow } from './import-types';
import type { PlanState } from './plan-state';

const PERIODICITY: Record<string, Periodicity> = {
  month: 'month',
  mensuelle: 'month',
  mois: 'month',
  quarter: 'quarter',
  trimestrielle: 'quarter',
  trimestre: 'quarter',
  year: 'year',
  annuelle: 'year',
  année: 'year',
  an: 'year',
};
const REGIONS = new Set<string>(REGION_CODES);

/** Fields whose empty cell means "none"; the others keep their value (or default) when left empty. */
const NULLABLE = new Set(['description', 'ownerEmail', 'startDate', 'dueDate', 'source', 'definition', 'attachedTo']);

/**
 * Compares the rows read from the workbook with the plan: what to create, what to change (field:
 * before → after), what is unchanged, and every refusal at its cell. Writes nothing: the rules that
 * need the database (owners' rights, locked axes, numbering) are the services', met when applying.
 */
export function planImport(state: PlanState, sheets: Map<string, ReadSheet>): ImportPlan {
  const plan = emptyPlan();
  const err = (sheet: ReadSheet, row: number, key: string | null, message: string) =>
    plan.errors.push(cellError(sheet.name, row, key ? (sheet.letters[key] ?? null) : null, message));

  const compare = (
    kind: ImportKind,
    sheet: ReadSheet,
    row: SheetRow,
    label: string,
    current: Record<string, unknown> | undefined,
    id: number | undefined,
    fields: string[],
  ) => {
    const values: Record<string, unknown> = {};
    for (const f of fields) if (f in sheet.letters) values[f] = row.values[f] ?? (NULLABLE.has(f) ? null : undefined);
    for (const f of Object.keys(values)) if (values[f] === undefined) delete values[f];
    if (!current || id === undefined) {
      plan.kinds[kind].create.push({ sheet: sheet.name, row: row.row, label, values });
      return;
    }
    const changes: FieldChange[] = Object.keys(values)
      .filter((f) => !same(values[f], current[f]))
      .map((f) => ({ field: f, before: current[f] ?? null, after: values[f] }));
    if (changes.length) plan.kinds[kind].update.push({ sheet: sheet.name, row: row.row, label, id, values, changes });
    else plan.kinds[kind].unchanged++;
  };

  /** One row per key: a second one is refused at its key cell. */
  const seen = (sheet: ReadSheet, row: SheetRow, keyColumn: string, key: string, set: Set<string>, what: string): boolean => {
    if (set.has(key)) {
      err(sheet, row.row, keyColumn, `${what} ${key} figure deux fois dans la feuille.`);
      return true;
    }
    set.add(key);
    return false;
  };

  const axisNumbers = new Set(state.axes.map((a) => a.number));
  const axes = sheets.get(AXES_SHEET.name);
  if (axes) {
    const keys = new Set<string>();
    for (const row of axes.rows) {
      const number = row.values['number'] as number | null;
      if (number === null) {
        if (!hasError(plan, axes, row)) err(axes, row.row, 'number', 'Le numéro de l’axe est obligatoire.');
        continue;
      }
      if (seen(axes, row, 'number', String(number), keys, 'L’axe')) continue;
      if (!row.values['title']) err(axes, row.row, 'title', 'Le titre de l’axe est obligatoire.');
      const byId = row.values['id'] !== null && row.values['id'] !== undefined ? state.axes.find((a) => a.id === row.values['id']) : undefined;
      if (row.values['id'] != null && !byId) err(axes, row.row, 'id', `Aucun axe de ce projet n’a l’identifiant ${String(row.values['id'])}.`);
      else if (byId && byId.number !== number)
        err(axes, row.row, 'number', `L’axe ${byId.id} porte le numéro ${byId.number} : un import ne renumérote pas les axes.`);
      const current = byId ?? state.axes.find((a) => a.number === number);
      axisNumbers.add(number);
      compare('axis', axes, row, `Axe ${number}`, current, current?.id, ['title', 'description']);
    }
  }

  const objectiveCodes = new Set(state.objectives.map((o) => o.code));
  const objectives = sheets.get(OBJECTIVES_SHEET.name);
  if (objectives) {
    const keys = new Set<string>();
    for (const row of objectives.rows) {
      const code = row.values['code'] as string | null;
      const axisNumber = row.values['axisNumber'] as number | null;
      if (!code) {
        if (!hasError(plan, objectives, row)) err(objectives, row.row, 'code', 'Le code de l’objectif est obligatoire.');
        continue;
      }
      if (seen(objectives, row, 'code', code, keys, 'L’objectif')) continue;
      const match = /^(\d{1,3})\.(\d{1,3})$/.exec(code);
      if (!match) {
        err(objectives, row.row, 'code', `Le code « ${code} » n’est pas un code d’objectif (axe.numéro, par exemple 1.2).`);
        continue;
      }
      if (axisNumber !== null && Number(match[1]) !== axisNumber)
        err(objectives, row.row, 'axisNumber', `L’objectif ${code} est sous l’axe ${match[1]}, pas sous l’axe ${axisNumber}.`);
      if (!axisNumbers.has(Number(match[1])))
        err(objectives, row.row, 'code', `L’objectif ${code} est sous un axe ${match[1]} qui n’existe pas dans ce projet ni dans la feuille « Axes ».`);
      if (!row.values['title']) err(objectives, row.row, 'title', 'Le titre de l’objectif est obligatoire.');
      const byId = row.values['id'] != null ? state.objectives.find((o) => o.id === row.values['id']) : undefined;
      if (row.values['id'] != null && !byId) err(objectives, row.row, 'id', `Aucun objectif de ce projet n’a l’identifiant ${String(row.values['id'])}.`);
      else if (byId && byId.code !== code)
        err(objectives, row.row, 'code', `L’objectif ${byId.id} a le code ${byId.code} : un import ne déplace pas les objectifs.`);
      const current = byId ?? state.objectives.find((o) => o.code === code);
      objectiveCodes.add(code);
      compare('objective', objectives, row, code, current, current?.id, ['title', 'description']);
    }
  }

  const actionCodes = new Set(state.actions.map((a) => a.code));
  const actions = sheets.get(ACTIONS_SHEET.name);
  if (actions) {
    const keys = new Set<string>();
    for (const row of actions.rows) {
      const v = row.values;
      const code = v['code'] as string | null;
      if (!code) {
        if (!hasError(plan, actions, row)) err(actions, row.row, 'code', 'Le code de l’action est obligatoire.');
        continue;
      }
      if (seen(actions, row, 'code', code, keys, 'L’action')) continue;
      if (!/^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$/.test(code))
        err(actions, row.row, 'code', `Le code « ${code} » n’est pas un code d’action (par exemple 1.2.3).`);
      const objectiveCode = v['objectiveCode'] as string | null;
      if (!objectiveCode) err(actions, row.row, 'objectiveCode', 'L’objectif de l’action est obligatoire.');
      else if (!objectiveCodes.has(objectiveCode))
        err(actions, row.row, 'objectiveCode', `L’objectif ${objectiveCode} n’existe pas dans ce projet ni dans la feuille « Objectifs ».`);
      if (!v['title']) err(actions, row.row, 'title', 'Le titre de l’action est obligatoire.');
      const unitCode = v['unitCode'] as string | null;
      if (!unitCode) err(actions, row.row, 'unitCode', 'La sous-direction de l’action est obligatoire.');
      else if (!state.units.has(unitCode))
        err(actions, row.row, 'unitCode', `La sous-direction « ${unitCode} » n’existe pas (${[...state.units].sort().join(', ')}).`);
      const email = v['ownerEmail'] as string | null;
      if (email && !state.users.has(email.toLowerCase())) err(actions, row.row, 'ownerEmail', `Aucun compte n’a le courriel « ${email} ».`);
      if (email) v['ownerEmail'] = email.toLowerCase();
      const weight = v['weight'] as number | null;
      if (weight !== null && weight !== undefined && !(weight > 0 && weight <= 100))
        err(actions, row.row, 'weight', 'Le poids est un nombre strictement positif, au plus 100.');
      const start = v['startDate'] as string | null;
      const due = v['dueDate'] as string | null;
      if (start && due && due < start) err(actions, row.row, 'dueDate', 'L’échéance ne peut pas précéder la date de début.');
      const byId = v['id'] != null ? state.actions.find((a) => a.id === v['id']) : undefined;
      if (v['id'] != null && !byId) err(actions, row.row, 'id', `Aucune action de ce projet n’a l’identifiant ${String(v['id'])}.`);
      const current = byId ?? state.actions.find((a) => a.code === code);
      actionCodes.add(code);
      const fields = ['objectiveCode', 'code', 'title', 'description', 'unitCode', 'ownerEmail', 'startDate', 'dueDate', 'weight', 'regional'];
      compare('action', actions, row, code, current, current?.id, fields);
    }
  }

  const indicators = sheets.get(INDICATORS_SHEET.name);
  const known = new KnownIndicators(state.indicators);
  if (indicators) {
    const keys = new Set<string>();
    for (const row of indicators.rows) {
      const v = row.values;
      const name = v['name'] as string | null;
      if (!name) {
        if (!hasError(plan, indicators, row)) err(indicators, row.row, 'name', 'Le nom de l’indicateur est obligatoire.');
        continue;
      }
      const attachedTo = (v['attachedTo'] as string | null) ?? null;
      if (seen(indicators, row, 'name', v['id'] != null ? `n° ${String(v['id'])}` : `« ${name} »${attachedTo ? ` (${attachedTo})` : ''}`, keys, 'L’indicateur'))
        continue;
      if (attachedTo !== null && !attachmentKnown(attachedTo, axisNumbers, objectiveCodes, actionCodes)) {
        err(indicators, row.row, 'attachedTo', `« ${attachedTo} » n’est ni un axe, ni un objectif, ni une action de ce projet (vide : le projet lui-même).`);
      }
      for (const key of ['unit', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate'] as const) {
        if (v[key] === null || v[key] === undefined) {
          const header = INDICATORS_SHEET.columns.find((c) => c.key === key)?.header ?? key;
          if (!hasError(plan, indicators, row, key)) err(indicators, row.row, key, `« ${header} » est obligatoire.`);
        }
      }
      const periodicity = PERIODICITY[String(v['periodicity'] ?? '').toLowerCase()];
      if (!periodicity)
        err(indicators, row.row, 'periodicity', `La périodicité « ${String(v['periodicity'] ?? '')} » n’existe pas (mensuelle, trimestrielle ou annuelle).`);
      else v['periodicity'] = periodicity;
      if (v['baselineDate'] && v['targetDate'] && (v['targetDate'] as string) <= (v['baselineDate'] as string)) {
        err(indicators, row.row, 'targetDate', 'La date de la cible doit suivre la date de référence.');
      }
      const byId = v['id'] != null ? state.indicators.find((i) => i.id === v['id']) : undefined;
      if (v['id'] != null && !byId) err(indicators, row.row, 'id', `Aucun indicateur de ce projet n’a l’identifiant ${String(v['id'])}.`);
      const current = byId ?? (v['id'] == null ? state.indicators.find((i) => i.name === name && i.attachedTo === attachedTo) : undefined);
      const fields = [
        'attachedTo',
        'name',
        'unit',
        'baselineValue',
        'baselineDate',
        'targetValue',
        'targetDate',
        'periodicity',
        'regional',
        'source',
        'definition',
      ];
      compare('indicator', indicators, row, name, current, current?.id, fields);
      if (periodicity) known.set(current?.id ?? null, name, periodicity);
    }
  }

  const measurements = sheets.get(MEASUREMENTS_SHEET.name);
  if (measurements) {
    if (!('indicatorId' in measurements.letters) && !('indicatorName' in measurements.letters) && measurements.rows.length > 0) {
      plan.errors.push(cellError(measurements.name, 1, null, 'La feuille « Mesures » nomme chaque indicateur par son identifiant ou par son nom : ajoutez l’une de ces colonnes.'));
    }
    const keys = new Set<string>();
    const current = new Map(state.measurements.map((m) => [`${m.indicatorId}|${m.period}|${m.regionCode ?? ''}`, m]));
    for (const row of measurements.rows) {
      const v = row.values;
      const found = known.find(v['indicatorId'] as number | null, v['indicatorName'] as string | null);
      if ('error' in found) {
        if (!hasError(plan, measurements, row, found.column)) err(measurements, row.row, found.column, found.error);
        continue;
      }
      const indicator = found.indicator;
      const region = regionOf(v['regionCode']);
      if (region === undefined) {
        err(
          measurements,
          row.row,
          'regionCode',
          `La région « ${String(v['regionCode'])} » n’existe pas (code INSEE à deux chiffres, vide pour la valeur nationale).`,
        );
        continue;
      }
      v['regionCode'] = region;
      if (v['period'] == null || v['value'] == null) {
        if (!hasError(plan, measurements, row))
          err(measurements, row.row, v['period'] == null ? 'period' : 'value', 'La période et la valeur sont obligatoires.');
        continue;
      }
      const period = startOfPeriod(v['period'] as string, indicator.periodicity);
      v['period'] = period;
      // An indicator the file creates is known by its name until the import gives it an id.
      const reference = indicator.id ?? `« ${indicator.name} »`;
      const key = `${reference}|${period}|${region ?? ''}`;
      const label = `${reference} ${period}${region ? ` ${region}` : ''}`;
      if (seen(measurements, row, 'period', label, keys, 'La mesure')) continue;
      // The indicator, period and region are the measurement's key: only its value can change.
      const values = { indicatorId: indicator.id, indicatorName: indicator.name, period, regionCode: region, value: v['value'] };
      const before = indicator.id === null ? undefined : current.get(key);
      const planned = { sheet: measurements.name, row: row.row, label, values };
      if (!before) plan.kinds.measurement.create.push(planned);
      else if (!same(before.value, values.value))
        plan.kinds.measurement.update.push({ ...planned, id: before.indicatorId, changes: [{ field: 'value', before: before.value, after: values.value }] });
      else plan.kinds.measurement.unchanged++;
    }
  }
  return plan;
}

interface KnownIndicator {
  /** Null for an indicator the file creates. */
  id: number | null;
  name: string;
  periodicity: Periodicity;
}

/**
 * The indicators a measurement row may name, as the file leaves them: the plan's, renamed or
 * re-timed by the sheet « Indicateurs », and those the sheet creates.
 */
class KnownIndicators {
  private readonly byId = new Map<number, KnownIndicator>();
  private readonly created: KnownIndicator[] = [];

  constructor(indicators: readonly { id: number; name: string; periodicity: Periodicity }[]) {
    for (const i of indicators) this.byId.set(i.id, { id: i.id, name: i.name, periodicity: i.periodicity });
  }

  set(id: number | null, name: string, periodicity: Periodicity): void {
    if (id === null) this.created.push({ id, name, periodicity });
    else this.byId.set(id, { id, name, periodicity });
  }

  find(id: number | null, name: string | null): { indicator: KnownIndicator } | { error: string; column: string } {
    if (id !== null && id !== undefined) {
      const indicator = this.byId.get(id);
      return indicator ? { indicator } : { error: `Aucun indicateur de ce projet n’a l’identifiant ${id}.`, column: 'indicatorId' };
    }
    if (!name) return { error: 'L’identifiant ou le nom de l’indicateur est obligatoire.', column: 'indicatorId' };
    const named = [...this.byId.values(), ...this.created].filter((i) => i.name === name);
    if (named.length === 1) return { indicator: named[0] };
    return named.length === 0
      ? { error: `Aucun indicateur de ce projet ni de la feuille « Indicateurs » ne s’appelle « ${name} ».`, column: 'indicatorName' }
      : { error: `${named.length} indicateurs s’appellent « ${name} » : donnez son identifiant.`, column: 'indicatorName' };
  }
}

function attachmentKnown(text: string, axes: Set<number>, objectives: Set<string>, actions: Set<string>): boolean {
  if (/^\d+$/.test(text)) return axes.has(Number(text));
  return objectives.has(text) || actions.has(text);
}

/** A region's INSEE code (a number cell `1` is `01`); null for national, undefined when unknown. */
function regionOf(value: CellValue | undefined): string | null | undefined {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'number' ? String(value).padStart(2, '0') : String(value).trim();
  return REGIONS.has(text) ? text : undefined;
}

function hasError(plan: ImportPlan, sheet: ReadSheet, row: SheetRow, key?: string): boolean {
  return plan.errors.some((e) => e.sheet === sheet.name && e.row === row.row && (!key || e.column === sheet.letters[key]));
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return (a ?? null) === (b ?? null);
}
