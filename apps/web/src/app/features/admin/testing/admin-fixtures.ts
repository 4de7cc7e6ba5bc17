import type { CurrentUser } from '@boussole/domain';
import type {
  AdminAction,
  AdminAxis,
  AdminCycle,
  AdminIndicator,
  AdminObjective,
  AdminPlan,
  AdminPlanSummary,
} from '../admin-types';

/** Test data of the administration: one plan with two axes, three objectives, three actions. */

export const ADMIN: CurrentUser = {
  id: 1,
  email: 'admin@boussole.test',
  name: 'Alice Admin',
  role: 'admin',
  unit: null,
  regionCode: null,
};

export const DIRECTOR: CurrentUser = {
  ...ADMIN,
  id: 2,
  email: 'direction@boussole.test',
  name: 'Denis Direction',
  role: 'director',
};

export function aPlanSummary(
  changes: Partial<AdminPlanSummary> = {},
): AdminPlanSummary {
  return {
    id: 1,
    title: 'Projet stratégique 2025-2027',
    startYear: 2025,
    endYear: 2027,
    state: 'active',
    axisCount: 2,
    actionCount: 3,
    version: 4,
    ...changes,
  };
}

export function anObjective(
  changes: Partial<AdminObjective> = {},
): AdminObjective {
  return {
    id: 21,
    axisId: 11,
    number: 1,
    code: '1.1',
    title: 'Décliner le Pacte d’accès aux soins',
    description: null,
    actionCount: 2,
    version: 2,
    ...changes,
  };
}

export function anAxis(changes: Partial<AdminAxis> = {}): AdminAxis {
  return {
    id: 11,
    planId: 1,
    number: 1,
    title: 'Garantir l’accès aux soins',
    description:
      'Des parcours et le bon professionnel sur tous les territoires.',
    sponsor: { id: 2, name: 'Denis Direction' },
    actionCount: 2,
    version: 3,
    objectives: [
      anObjective(),
      anObjective({
        id: 22,
        number: 2,
        code: '1.2',
        title: 'Aller vers',
        actionCount: 0,
      }),
    ],
    ...changes,
  };
}

export function aPlan(changes: Partial<AdminPlan> = {}): AdminPlan {
  return {
    ...aPlanSummary(),
    description: 'Notre boussole pour les années à venir.',
    currentCycle: null,
    axes: [
      anAxis(),
      anAxis({
        id: 12,
        number: 2,
        title: 'Pérennité du système de santé',
        description: null,
        sponsor: null,
        actionCount: 1,
        version: 1,
        objectives: [
          anObjective({
            id: 23,
            axisId: 12,
            code: '2.1',
            title: 'Un financement clair',
            actionCount: 1,
          }),
        ],
      }),
    ],
    ...changes,
  };
}

export function anAction(changes: Partial<AdminAction> = {}): AdminAction {
  return {
    id: 31,
    code: '1.1.1',
    title: 'Ouvrir des maisons de santé',
    description: null,
    planId: 1,
    axisId: 11,
    objectiveId: 21,
    unit: {
      code: 'R',
      name: 'Sous-direction de la régulation de l’offre de soins',
    },
    owner: { id: 5, name: 'Rémi Régulation' },
    startDate: '2025-01-01',
    dueDate: '2026-12-31',
    weight: 1,
    regional: false,
    status: 'on_track',
    progress: 40,
    lastUpdateAt: null,
    version: 6,
    position: 0,
    axisNumber: 1,
    objectiveCode: '1.1',
    effectiveStatus: 'on_track',
    expectedProgress: 50,
    scheduleGap: -10,
    signals: [],
    ...changes,
  };
}

/** The plan's actions, sent by the API in code order (the tree orders them by position). */
export const ACTIONS: AdminAction[] = [
  anAction({
    id: 33,
    code: '2.1.1',
    title: 'Réformer le financement',
    axisId: 12,
    objectiveId: 23,
    axisNumber: 2,
    objectiveCode: '2.1',
    unit: { code: 'PF', name: 'PF' },
    owner: null,
    weight: 2.5,
    regional: true,
  }),
  anAction(),
  anAction({
    id: 32,
    code: '1.1.2',
    title: 'Former des assistants médicaux',
    position: 1,
    version: 2,
  }),
];

export function anIndicator(
  changes: Partial<AdminIndicator> = {},
): AdminIndicator {
  return {
    id: 41,
    planId: 1,
    name: 'Maisons de santé ouvertes',
    unit: 'maisons',
    baselineValue: 100,
    baselineDate: '2025-01-01',
    targetValue: 250,
    targetDate: '2027-12-31',
    intermediateTargets: [{ date: '2026-12-31', value: 180 }],
    periodicity: 'quarter',
    regional: true,
    source: 'DGOS',
    definition: null,
    attachedTo: {
      kind: 'objective',
      id: 21,
      label: 'Objectif 1.1',
      title: 'Décliner le Pacte',
    },
    latest: null,
    achievement: { overall: null, year: null },
    nextDue: '2026-12-31',
    signals: [],
    version: 2,
    ...changes,
  };
}

export const INDICATORS: AdminIndicator[] = [
  anIndicator(),
  anIndicator({
    id: 42,
    name: 'Délai moyen de rendez-vous',
    unit: 'jours',
    attachedTo: {
      kind: 'plan',
      id: 1,
      label: 'Projet',
      title: 'Projet stratégique 2025-2027',
    },
    intermediateTargets: [],
    regional: false,
  }),
];

export function aCycle(changes: Partial<AdminCycle> = {}): AdminCycle {
  return {
    id: 8,
    planId: 1,
    label: 'T3 2026',
    opensOn: '2026-09-01',
    closesOn: '2026-09-30',
    state: 'closed',
    version: 3,
    ...changes,
  };
}

export const CYCLES: AdminCycle[] = [
  aCycle(),
  aCycle({
    id: 9,
    label: 'T4 2026',
    opensOn: '2026-11-16',
    closesOn: '2026-12-11',
    state: 'open',
    version: 2,
  }),
  aCycle({
    id: 10,
    label: 'T1 2027',
    opensOn: '2027-02-15',
    closesOn: '2027-03-15',
    state: 'planned',
    version: 1,
  }),
];
