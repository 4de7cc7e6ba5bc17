import type {
  AxisValidationPayload,
  CompletenessCount,
  CyclePayload,
  IsoDateTime,
  MissingAction,
} from '@boussole/domain';
import { countText as nounCount } from '../../core/i18n/page-format';

/**
 * The cycle `/campagnes` shows when none is named: the open one, else the latest closed (the
 * last review), else the latest planned; null when the plan has none. `cycles` oldest first.
 */
export function currentCycle(
  cycles: readonly CyclePayload[],
): CyclePayload | null {
  const latest = (state: CyclePayload['state']) =>
    cycles.filter((cycle) => cycle.state === state).at(-1) ?? null;
  return latest('open') ?? latest('closed') ?? latest('planned');
}

/** The validation of `axisId` that stands (not reopened): the axis is then locked for the cycle. */
export function standingValidation(
  validations: readonly AxisValidationPayload[],
  axisId: number,
): AxisValidationPayload | null {
  return (
    validations.find(
      (validation) =>
        validation.axisId === axisId && validation.reopened === null,
    ) ?? null
  );
}

/** One line of the cycle's history of validations: a validation, or the reopening of one. */
export interface ValidationEvent {
  key: string;
  kind: 'validated' | 'reopened';
  at: IsoDateTime;
  by: string;
  axisNumber: number;
  axisTitle: string;
  /** The validation's comment, or the reopening's reason. */
  text: string | null;
  justifications: AxisValidationPayload['justifications'];
}

/** Validations and reopenings, newest first. */
export function validationEvents(
  validations: readonly AxisValidationPayload[],
): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const validation of validations) {
    const axis = {
      axisNumber: validation.axisNumber,
      axisTitle: validation.axisTitle,
    };
    events.push({
      key: `v${validation.id}`,
      kind: 'validated',
      at: validation.validatedAt,
      by: validation.validatedBy.name,
      ...axis,
      text: validation.comment,
      justifications: validation.justifications,
    });
    if (validation.reopened) {
      events.push({
        key: `r${validation.id}`,
        kind: 'reopened',
        at: validation.reopened.at,
        by: validation.reopened.by.name,
        ...axis,
        text: validation.reopened.reason,
        justifications: [],
      });
    }
  }
  return events.sort((a, b) => b.at.localeCompare(a.at));
}

/** Who a reminder would reach now: each owner of a missing action, with how many. */
export interface ReminderTargets {
  people: { id: number; name: string; actions: number }[];
  /** Missing actions without an owner: no one to remind. */
  unowned: number;
}

export function reminderTargets(
  missing: readonly MissingAction[],
): ReminderTargets {
  const people = new Map<
    number,
    { id: number; name: string; actions: number }
  >();
  let unowned = 0;
  for (const action of missing) {
    if (!action.owner) {
      unowned++;
      continue;
    }
    const person = people.get(action.owner.id) ?? {
      ...action.owner,
      actions: 0,
    };
    person.actions++;
    people.set(person.id, person);
  }
  return {
    people: [...people.values()].sort((a, b) =>
      a.name.localeCompare(b.name, 'fr'),
    ),
    unowned,
  };
}

/** "12 reçus sur 20 attendus, 8 manquants", in the page's language, every figure in text. */
export function countText(count: CompletenessCount): string {
  if (count.expected === 0) return $localize`Aucun point d’avancement attendu`;
  const received = nounCount(count.received, $localize`reçu`, $localize`reçus`);
  const expected = nounCount(
    count.expected,
    $localize`attendu`,
    $localize`attendus`,
  );
  const missing = nounCount(
    count.missing,
    $localize`manquant`,
    $localize`manquants`,
  );
  return $localize`${received}:RECEIVED: sur ${expected}:EXPECTED:, ${missing}:MISSING:`;
}
