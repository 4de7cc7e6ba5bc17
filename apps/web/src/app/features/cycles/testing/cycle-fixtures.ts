import type {
  AxisValidationPayload,
  CycleCompleteness,
  CyclePayload,
  CycleValidations,
} from '@boussole/domain';

/** Test data of a cycle's page: "T4 2026" of plan 1, two axes, two missing actions on axis 1. */

export const CYCLE: CyclePayload = {
  id: 9,
  planId: 1,
  label: 'T4 2026',
  opensOn: '2026-11-16',
  closesOn: '2026-12-11',
  state: 'open',
  version: 2,
};

export function theCompleteness(
  changes: Partial<CycleCompleteness> = {},
): CycleCompleteness {
  return {
    cycle: {
      id: CYCLE.id,
      label: CYCLE.label,
      opensOn: CYCLE.opensOn,
      closesOn: CYCLE.closesOn,
      state: CYCLE.state,
    },
    expected: 5,
    received: 3,
    missing: 2,
    percent: 60,
    byAxis: [
      {
        id: 11,
        number: 1,
        title: 'Garantir l’accès aux soins',
        expected: 3,
        received: 1,
        missing: 2,
        percent: 33.3,
      },
      {
        id: 12,
        number: 2,
        title: 'Accompagner la pérennité du système de santé',
        expected: 2,
        received: 2,
        missing: 0,
        percent: 100,
      },
    ],
    byUnit: [
      {
        code: 'PF',
        name: 'Sous-direction du pilotage de la performance',
        expected: 3,
        received: 2,
        missing: 1,
        percent: 66.7,
      },
      {
        code: 'RH',
        name: 'Sous-direction des ressources humaines',
        expected: 2,
        received: 1,
        missing: 1,
        percent: 50,
      },
    ],
    byOwner: [
      {
        id: 3,
        name: 'Paul Financement',
        expected: 3,
        received: 2,
        missing: 1,
        percent: 66.7,
      },
      {
        id: 4,
        name: 'Rita Ressources',
        expected: 1,
        received: 0,
        missing: 1,
        percent: 0,
      },
      {
        id: null,
        name: 'Sans responsable',
        expected: 1,
        received: 1,
        missing: 0,
        percent: 100,
      },
    ],
    byRegion: [
      {
        code: '11',
        name: 'Île-de-France',
        expected: 2,
        received: 1,
        missing: 1,
        percent: 50,
      },
    ],
    missingActions: [
      {
        id: 7,
        code: '1.1.1',
        title: 'Déployer les maisons de santé',
        axisNumber: 1,
        unitCode: 'PF',
        owner: { id: 3, name: 'Paul Financement' },
        lastUpdateAt: '2026-10-05T08:30:00Z',
      },
      {
        id: 8,
        code: '1.2.1',
        title: 'Former les infirmiers en pratique avancée',
        axisNumber: 1,
        unitCode: 'RH',
        owner: { id: 4, name: 'Rita Ressources' },
        lastUpdateAt: null,
      },
    ],
    ...changes,
  };
}

export function aValidation(
  changes: Partial<AxisValidationPayload> = {},
): AxisValidationPayload {
  return {
    id: 3,
    cycleId: CYCLE.id,
    axisId: 12,
    axisNumber: 2,
    axisTitle: 'Accompagner la pérennité du système de santé',
    validatedAt: '2026-12-02T09:00:00Z',
    validatedBy: { id: 2, name: 'Denis Direction' },
    comment: 'Axe à jour, rien à signaler.',
    justifications: [],
    reopened: null,
    ...changes,
  };
}

/** Axis 2 validated, after an earlier validation of it that an admin reopened. */
export function theValidations(
  validations: AxisValidationPayload[] = [
    aValidation(),
    aValidation({
      id: 2,
      validatedAt: '2026-11-30T10:00:00Z',
      comment: null,
      reopened: {
        at: '2026-12-01T08:00:00Z',
        by: { id: 1, name: 'Alice Admin' },
        reason: 'Mesure de l’indicateur corrigée.',
      },
    }),
  ],
): CycleValidations {
  return { cycle: CYCLE, validations };
}
