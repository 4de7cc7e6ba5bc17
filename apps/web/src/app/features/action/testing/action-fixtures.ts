import type {
  ActionDetail,
  CurrentUser,
  StatusUpdatePayload,
} from '@boussole/domain';

/** Test data of the action page: one action of the PF unit and the people who look at it. */

export const latestUpdate: StatusUpdatePayload = {
  id: 51,
  actionId: 7,
  status: 'on_track',
  progress: 40,
  narrative: 'Cahier des charges validé.\nConsultation lancée.',
  nextSteps: 'Choisir le prestataire.',
  blockers: null,
  author: { id: 3, name: 'Paul Financement' },
  createdAt: '2026-10-05T08:30:00Z',
  cycleId: 8,
};

export const olderUpdate: StatusUpdatePayload = {
  ...latestUpdate,
  id: 50,
  status: 'not_started',
  progress: 0,
  narrative: 'Lancement.',
  nextSteps: null,
  createdAt: '2026-07-01T12:00:00Z',
};

export function anAction(changes: Partial<ActionDetail> = {}): ActionDetail {
  return {
    id: 7,
    code: '2.1.3',
    title: 'Réformer le financement des urgences',
    description: 'Un modèle de financement mixte pour les services d’urgence.',
    planId: 1,
    axisId: 12,
    objectiveId: 21,
    unit: { code: 'PF', name: 'Sous-direction du pilotage de la performance' },
    owner: { id: 3, name: 'Paul Financement' },
    startDate: '2025-01-01',
    dueDate: '2027-06-30',
    weight: 2,
    regional: false,
    status: 'on_track',
    progress: 40,
    lastUpdateAt: latestUpdate.createdAt,
    version: 4,
    position: 2,
    axisNumber: 2,
    objectiveCode: '2.1',
    effectiveStatus: 'on_track',
    expectedProgress: 75,
    scheduleGap: -35,
    signals: ['schedule_gap', 'stale'],
    axis: { id: 12, number: 2, title: 'Pérennité du système de santé' },
    objective: { id: 21, code: '2.1', title: 'Un financement clair' },
    milestones: [
      {
        id: 1,
        actionId: 7,
        title: 'Cahier des charges',
        plannedDate: '2025-06-30',
        actualDate: '2025-07-10',
        done: true,
      },
      {
        id: 2,
        actionId: 7,
        title: 'Choix du prestataire',
        plannedDate: '2026-03-31',
        actualDate: null,
        done: false,
      },
    ],
    indicators: [
      {
        id: 5,
        name: 'Services d’urgence financés par le nouveau modèle',
        unit: 'services',
        baselineValue: 0,
        targetValue: 655,
        targetDate: '2027-12-31',
        latestValue: null,
        latestPeriod: null,
        achievement: { overall: null, year: null },
      },
    ],
    signalDetails: [
      {
        kind: 'schedule_gap',
        message: 'L’avancement a 35 points de retard sur le calendrier.',
      },
      {
        kind: 'stale',
        message: 'Aucun point d’avancement depuis l’ouverture de la campagne.',
      },
    ],
    openCycle: null,
    lockedReason: null,
    planState: 'active',
    latestUpdate,
    ...changes,
  };
}

const person = (changes: Partial<CurrentUser>): CurrentUser => ({
  id: 3,
  email: 'pf@boussole.test',
  name: 'Paul Financement',
  role: 'project_manager',
  unit: {
    id: 1,
    code: 'PF',
    name: 'Sous-direction du pilotage de la performance',
  },
  regionCode: null,
  ...changes,
});

export const USERS = {
  pfManager: person({}),
  rhManager: person({
    id: 4,
    email: 'rh@boussole.test',
    name: 'Rita Ressources',
    unit: { id: 2, code: 'RH', name: 'Sous-direction des ressources humaines' },
  }),
  viewer: person({
    id: 9,
    email: 'lecture@boussole.test',
    name: 'Léa Lecture',
    role: 'viewer',
    unit: null,
  }),
  arsLiaison: person({
    id: 10,
    email: 'ars-idf@boussole.test',
    name: 'Inès Île-de-France',
    role: 'ars_liaison',
    unit: null,
    regionCode: '11',
  }),
} as const;
