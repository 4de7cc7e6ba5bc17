import { validatePlan } from '../home/plan-form-model';
import {
  aPlan,
  anAction,
  anIndicator,
  ACTIONS,
} from '../testing/admin-fixtures';
import {
  actionFormValueOf,
  toActionRequest,
  validateAction,
} from './action-form-model';
import { validateAxis } from './axis-form-model';
import {
  indicatorFormValueOf,
  targetRow,
  targetRowErrors,
  toIndicatorRequest,
  validateIndicator,
} from './indicator-form-model';
import {
  attachmentOptions,
  compareCodes,
  structureTree,
} from './structure-tree';

describe('administration form checks', () => {
  it('mirrors the API on actions: code, unit, due date on or after the start, 0 < weight ≤ 100', () => {
    const valid = actionFormValueOf(anAction());
    expect(validateAction(valid, false)).toEqual({});
    expect(
      validateAction({ ...valid, dueDate: valid.startDate }, false),
    ).toEqual({});
    expect(
      validateAction(
        {
          ...valid,
          code: '1.2',
          unitCode: 'X',
          dueDate: '2024-12-31',
          weight: '100.5',
        },
        false,
      ),
    ).toEqual({
      code: 'Le code d’une action s’écrit axe.objectif.numéro, par exemple 1.2.3.',
      unitCode: 'Choisissez la sous-direction qui porte l’action.',
      dueDate: 'L’échéance ne peut pas précéder la date de début.',
      weight: 'Le poids est compris entre 0 (exclu) et 100.',
    });
    // A new action may leave its code to the API; an edited one keeps one.
    expect(validateAction({ ...valid, code: '' }, true)).toEqual({});
    expect(validateAction({ ...valid, code: '' }, false).code).toBe(
      'Indiquez le code de l’action, par exemple 1.2.3.',
    );
    expect(validateAction({ ...valid, weight: '100' }, false)).toEqual({});
    expect(
      validateAction({ ...valid, weight: '0' }, false).weight,
    ).toBeDefined();
  });

  it('sends an action with nulls for what is left empty, and a French decimal comma read', () => {
    const form = {
      ...actionFormValueOf(null),
      title: ' Titre ',
      unitCode: 'Q',
      weight: '1,5',
    };
    expect(toActionRequest(form, 21)).toEqual({
      objectiveId: 21,
      title: 'Titre',
      description: null,
      unitCode: 'Q',
      ownerId: null,
      startDate: null,
      dueDate: null,
      weight: 1.5,
      regional: false,
    });
  });

  it('keeps an axis number inside the places it may take', () => {
    const form = { number: '4', title: 'Axe', description: '', sponsorId: '' };
    expect(validateAxis(form, 4)).toEqual({});
    expect(validateAxis({ ...form, number: '5' }, 4).number).toBe(
      'Le numéro de l’axe est un entier de 1 à 4.',
    );
    expect(validateAxis({ ...form, number: '1,5', title: ' ' }, 4)).toEqual({
      number: 'Le numéro de l’axe est un entier de 1 à 4.',
      title: 'Indiquez le titre de l’axe.',
    });
  });

  it('checks plan years as the API does', () => {
    const form = {
      title: 'Projet',
      description: '',
      startYear: '2028',
      endYear: '2030',
    };
    expect(validatePlan(form)).toEqual({});
    expect(
      validatePlan({ ...form, startYear: '1999', endYear: '2027' }),
    ).toEqual({
      startYear:
        'L’année de début est une année entre 2000 et 2100, par exemple 2025.',
    });
    expect(validatePlan({ ...form, endYear: '2027' }).endYear).toBe(
      'L’année de fin ne peut pas précéder l’année de début.',
    );
  });

  it('wants an indicator’s target after its baseline, and intermediate targets strictly between', () => {
    const form = indicatorFormValueOf(anIndicator(), 'plan');
    expect(validateIndicator(form)).toEqual({});
    const early = targetRow('2025-01-01', '120');
    const late = targetRow('2027-12-31', '');
    const twice = [
      targetRow('2026-06-30', '150'),
      targetRow('2026-06-30', '160'),
    ];
    const wrong = {
      ...form,
      targetDate: '2024-12-31',
      intermediateTargets: [early, late, ...twice],
    };
    expect(validateIndicator(wrong)).toMatchObject({
      targetDate: 'La date cible doit être postérieure à la date de référence.',
      // Against a target date before them, the 2026 ones are out of range too.
      intermediateTargets: '4 cibles intermédiaires sont à corriger.',
    });
    const rows = targetRowErrors({ ...wrong, targetDate: '2027-12-31' });
    expect(rows.get(early.key)?.date).toBe(
      'La date doit être strictement comprise entre la date de référence et la date cible.',
    );
    expect(rows.get(late.key)).toEqual({
      date: 'La date doit être strictement comprise entre la date de référence et la date cible.',
      value: 'La valeur doit être un nombre, par exemple 12,5.',
    });
    expect(rows.has(twice[0].key)).toBe(false);
    expect(rows.get(twice[1].key)?.date).toBe(
      'Une autre cible intermédiaire a déjà cette date.',
    );
  });

  it('sends intermediate targets in date order and the attachment as the API names it', () => {
    const form = {
      ...indicatorFormValueOf(anIndicator(), 'plan'),
      intermediateTargets: [
        targetRow('2027-06-30', '200'),
        targetRow('2026-06-30', '150'),
      ],
    };
    const request = toIndicatorRequest(form, 1);
    expect(request.attachedTo).toEqual({ kind: 'objective', id: 21 });
    expect(request.intermediateTargets).toEqual([
      { date: '2026-06-30', value: 150 },
      { date: '2027-06-30', value: 200 },
    ]);
    expect(
      toIndicatorRequest({ ...form, attachedTo: 'plan' }, 1).attachedTo,
    ).toEqual({
      kind: 'plan',
    });
  });
});

describe('structureTree', () => {
  it('orders axes and objectives by number, actions by their place, and files indicators by node', () => {
    const tree = structureTree(aPlan(), ACTIONS, [
      anIndicator(),
      anIndicator({
        id: 44,
        attachedTo: { kind: 'action', id: 32, label: '', title: '' },
      }),
      anIndicator({
        id: 45,
        attachedTo: { kind: 'plan', id: 1, label: '', title: '' },
      }),
    ]);
    expect(tree.indicators.map((i) => i.id)).toEqual([45]);
    const [first, second] = tree.axes;
    expect(first.objectives.map((o) => o.objective.code)).toEqual([
      '1.1',
      '1.2',
    ]);
    expect(first.objectives[0].actions.map((a) => a.action.code)).toEqual([
      '1.1.1',
      '1.1.2',
    ]);
    expect(first.objectives[0].indicators.map((i) => i.id)).toEqual([41]);
    expect(first.objectives[0].actions[1].indicators.map((i) => i.id)).toEqual([
      44,
    ]);
    expect(second.objectives[0].actions.map((a) => a.action.code)).toEqual([
      '2.1.1',
    ]);
  });

  it('compares codes number by number, and lists what an indicator may be attached to', () => {
    expect(['1.2.10', '1.2.9', '1.10.1'].sort(compareCodes)).toEqual([
      '1.2.9',
      '1.2.10',
      '1.10.1',
    ]);
    const plan = aPlan();
    const labels = attachmentOptions(
      plan,
      structureTree(plan, ACTIONS, []),
    ).map((o) => o.value);
    expect(labels).toEqual([
      'plan',
      'axis:11',
      'objective:21',
      'action:31',
      'action:32',
      'objective:22',
      'axis:12',
      'objective:23',
      'action:33',
    ]);
  });
});
