import type {
  IndicatorAttachmentKind,
  IndicatorCreateRequest,
  Periodicity,
} from '@boussole/domain';
import { isPlausibleDate } from '../../../shared/dates';
import type { AdminIndicator } from '../admin-types';
import { parseNumber, type FieldErrors } from '../../../shared/forms';
import { numberText, textOrNull } from '../form-values';
import { clean } from './axis-form-model';

export type IndicatorField =
  | 'name'
  | 'unit'
  | 'attachedTo'
  | 'baselineValue'
  | 'baselineDate'
  | 'targetValue'
  | 'targetDate'
  | 'intermediateTargets'
  | 'periodicity'
  | 'regional'
  | 'source'
  | 'definition';

/** One row of intermediate targets; `key` keeps the row's ids stable while rows come and go. */
export interface TargetRow {
  key: number;
  date: string;
  value: string;
}

export interface IndicatorFormValue {
  name: string;
  unit: string;
  /** `plan`, or `axis:12`, `objective:5`, `action:40`. */
  attachedTo: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  intermediateTargets: TargetRow[];
  periodicity: Periodicity | '';
  regional: boolean;
  source: string;
  definition: string;
}

export const INDICATOR_FIELD_IDS: Readonly<Record<IndicatorField, string>> = {
  name: 'indicateur-nom',
  unit: 'indicateur-unite',
  attachedTo: 'indicateur-rattachement',
  baselineValue: 'indicateur-valeur-reference',
  baselineDate: 'indicateur-date-reference',
  targetValue: 'indicateur-valeur-cible',
  targetDate: 'indicateur-date-cible',
  intermediateTargets: 'indicateur-cibles-intermediaires',
  periodicity: 'indicateur-periodicite',
  regional: 'indicateur-regional',
  source: 'indicateur-source',
  definition: 'indicateur-definition',
};

/** The ids of one intermediate target's controls. */
export const targetIds = (key: number) => ({
  date: `indicateur-cible-${key}-date`,
  value: `indicateur-cible-${key}-valeur`,
});

let nextRowKey = 0;

export function targetRow(date = '', value = ''): TargetRow {
  return { key: ++nextRowKey, date, value };
}

export function attachmentValue(
  kind: IndicatorAttachmentKind,
  id?: number | null,
): string {
  return kind === 'plan' ? 'plan' : `${kind}:${id}`;
}

export function indicatorFormValueOf(
  indicator: AdminIndicator | null,
  attachedTo: string,
): IndicatorFormValue {
  if (!indicator) {
    return {
      name: '',
      unit: '',
      attachedTo,
      baselineValue: '',
      baselineDate: '',
      targetValue: '',
      targetDate: '',
      intermediateTargets: [],
      periodicity: '',
      regional: false,
      source: '',
      definition: '',
    };
  }
  return {
    name: indicator.name,
    unit: indicator.unit,
    attachedTo: attachmentValue(
      indicator.attachedTo.kind,
      indicator.attachedTo.id,
    ),
    baselineValue: numberText(indicator.baselineValue),
    baselineDate: indicator.baselineDate,
    targetValue: numberText(indicator.targetValue),
    targetDate: indicator.targetDate,
    intermediateTargets: indicator.intermediateTargets.map((target) =>
      targetRow(target.date, numberText(target.value)),
    ),
    periodicity: indicator.periodicity,
    regional: indicator.regional,
    source: indicator.source ?? '',
    definition: indicator.definition ?? '',
  };
}

export interface TargetRowErrors {
  date?: string;
  value?: string;
}

/** What is wrong with each intermediate target, by row key (rows without fault are left out). */
export function targetRowErrors(
  form: IndicatorFormValue,
): Map<number, TargetRowErrors> {
  const errors = new Map<number, TargetRowErrors>();
  const from = isPlausibleDate(form.baselineDate) ? form.baselineDate : null;
  const to = isPlausibleDate(form.targetDate) ? form.targetDate : null;
  const seen = new Set<string>();
  for (const row of form.intermediateTargets) {
    const rowErrors: TargetRowErrors = {};
    if (!isPlausibleDate(row.date)) {
      rowErrors.date = $localize`Indiquez une date valide, au format JJ/MM/AAAA.`;
    } else if ((from && row.date <= from) || (to && row.date >= to)) {
      rowErrors.date = $localize`La date doit être strictement comprise entre la date de référence et la date cible.`;
    } else if (seen.has(row.date)) {
      rowErrors.date = $localize`Une autre cible intermédiaire a déjà cette date.`;
    }
    seen.add(row.date);
    if (!Number.isFinite(parseNumber(row.value))) {
      rowErrors.value = NOT_A_NUMBER;
    }
    if (rowErrors.date || rowErrors.value) errors.set(row.key, rowErrors);
  }
  return errors;
}

/** The API's checks, in the page's language: target date after the baseline date, intermediate dates between. */
export function validateIndicator(
  form: IndicatorFormValue,
): FieldErrors<IndicatorField> {
  const errors: FieldErrors<IndicatorField> = {};
  if (form.name.trim() === '')
    errors.name = $localize`Indiquez le nom de l’indicateur.`;
  else if (form.name.trim().length > 300)
    errors.name = $localize`Le nom est limité à 300 caractères.`;
  if (form.unit.trim() === '')
    errors.unit = $localize`Indiquez l’unité de mesure, par exemple « % » ou « établissements ».`;
  else if (form.unit.trim().length > 50)
    errors.unit = $localize`L’unité est limitée à 50 caractères.`;
  if (form.attachedTo === '')
    errors.attachedTo = $localize`Choisissez ce que l’indicateur mesure.`;
  errors.baselineValue = numberError(
    form.baselineValue,
    $localize`Indiquez la valeur de référence.`,
  );
  errors.baselineDate = dateError(
    form.baselineDate,
    $localize`Indiquez la date de référence.`,
  );
  errors.targetValue = numberError(
    form.targetValue,
    $localize`Indiquez la valeur cible.`,
  );
  errors.targetDate = dateError(
    form.targetDate,
    $localize`Indiquez la date cible.`,
  );
  if (
    !errors.baselineDate &&
    !errors.targetDate &&
    form.targetDate <= form.baselineDate
  ) {
    errors.targetDate = $localize`La date cible doit être postérieure à la date de référence.`;
  }
  const rows = targetRowErrors(form).size;
  if (rows > 0) {
    errors.intermediateTargets =
      rows === 1
        ? $localize`Une cible intermédiaire est à corriger.`
        : $localize`${rows}:COUNT: cibles intermédiaires sont à corriger.`;
  }
  if (form.periodicity === '')
    errors.periodicity = $localize`Choisissez la périodicité des mesures.`;
  if (form.source.length > 1000)
    errors.source = $localize`La source est limitée à 1 000 caractères.`;
  if (form.definition.length > 10000)
    errors.definition = $localize`La définition est limitée à 10 000 caractères.`;
  return clean(errors);
}

export function toIndicatorRequest(
  form: IndicatorFormValue,
  planId: number,
): IndicatorCreateRequest {
  const [kind, id] = form.attachedTo.split(':');
  return {
    planId,
    attachedTo:
      kind === 'plan'
        ? { kind: 'plan' }
        : { kind: kind as IndicatorAttachmentKind, id: Number(id) },
    name: form.name.trim(),
    unit: form.unit.trim(),
    baselineValue: parseNumber(form.baselineValue),
    baselineDate: form.baselineDate,
    targetValue: parseNumber(form.targetValue),
    targetDate: form.targetDate,
    intermediateTargets: [...form.intermediateTargets]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((row) => ({ date: row.date, value: parseNumber(row.value) })),
    periodicity: form.periodicity as Periodicity,
    regional: form.regional,
    source: textOrNull(form.source),
    definition: textOrNull(form.definition),
  };
}

const NOT_A_NUMBER = $localize`La valeur doit être un nombre, par exemple 12,5.`;
const NOT_A_DATE = $localize`Indiquez une date valide, au format JJ/MM/AAAA.`;

function numberError(text: string, missing: string): string | undefined {
  if (text.trim() === '') return missing;
  return Number.isFinite(parseNumber(text)) ? undefined : NOT_A_NUMBER;
}

function dateError(text: string, missing: string): string | undefined {
  if (text === '') return missing;
  return isPlausibleDate(text) ? undefined : NOT_A_DATE;
}
