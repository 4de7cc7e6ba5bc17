import type {
  ActionListItem,
  CyclePayload,
  PlanChanges,
  PlanDetail,
  PlanRollup,
  PlanSummary,
  RollupNodePayload,
} from '@boussole/domain';
import { emptySignalCounts } from '@boussole/domain';

/** Test data shared by the dashboard's and the axis page's specs. */
export const summaries: PlanSummary[] = [
  {
    id: 1,
    title: 'Projet stratégique 2025-2027',
    startYear: 2025,
    endYear: 2027,
    state: 'active',
    axisCount: 1,
    actionCount: 1234,
    version: 1,
  },
  {
    id: 2,
    title: 'Projet stratégique 2015-2017',
    startYear: 2015,
    endYear: 2017,
    state: 'archived',
    axisCount: 4,
    actionCount: 40,
    version: 1,
  },
];

export const plan: PlanDetail = {
  ...summaries[0],
  description: null,
  currentCycle: {
    id: 9,
    planId: 1,
    label: 'T4 2026',
    opensOn: '2026-11-16',
    closesOn: '2026-12-11',
    state: 'open',
    version: 1,
  },
  axes: [
    {
      id: 11,
      planId: 1,
      number: 1,
      title: 'Garantir l’accès aux soins',
      description: 'Parcours de soins et accès au bon professionnel.',
      sponsor: { id: 2, name: 'Claire Direction' },
      actionCount: 1234,
      objectives: [
        {
          id: 21,
          axisId: 11,
          number: 1,
          code: '1.1',
          title: 'Décliner le Pacte d’accès aux soins',
          description: null,
          actionCount: 1,
          version: 1,
        },
        {
          id: 22,
          axisId: 11,
          number: 2,
          code: '1.2',
          title: 'Aller vers les territoires',
          description: null,
          actionCount: 7,
          version: 1,
        },
      ],
      version: 1,
    },
  ],
};

export function node(
  id: number,
  title: string,
  progress: number | null,
): RollupNodePayload {
  return {
    id,
    title,
    progress,
    expectedProgress: 55,
    health: progress === null ? null : 'at_risk',
    healthReason:
      progress === null
        ? null
        : {
            rule: 'behind_10',
            lateShare: 0,
            atRiskShare: 20,
            gap: Math.round((progress - 55) * 10) / 10,
          },
    counts: {
      not_started: { count: 0, weight: 0 },
      on_track: { count: 5, weight: 5 },
      at_risk: { count: 2, weight: 2 },
      late: { count: 3, weight: 3 },
      done: { count: 1, weight: 1 },
      abandoned: { count: 0, weight: 0 },
    },
    signals: { ...emptySignalCounts(), overdue: 3, stale: 4 },
    actionCount: 11,
  };
}

export const rollup: PlanRollup = {
  asOf: '2026-11-25',
  cycle: plan.currentCycle,
  plan: node(1, plan.title, 42),
  axes: [
    {
      ...node(11, plan.axes[0].title, 38.5),
      number: 1,
      objectives: [
        { ...node(21, plan.axes[0].objectives[0].title, 30), code: '1.1' },
        { ...node(22, plan.axes[0].objectives[1].title, null), code: '1.2' },
      ],
    },
  ],
};

export const cycles: CyclePayload[] = [
  { ...(plan.currentCycle as CyclePayload), id: 9 },
  {
    id: 8,
    planId: 1,
    label: 'T3 2020',
    opensOn: '2020-08-17',
    closesOn: '2020-09-11',
    state: 'closed',
    version: 1,
  },
  {
    id: 7,
    planId: 1,
    label: 'T2 2020',
    opensOn: '2020-05-18',
    closesOn: '2020-06-12',
    state: 'closed',
    version: 1,
  },
];

export const changes: PlanChanges = {
  since: '2020-08-17',
  changes: [
    {
      actionId: 101,
      code: '1.1.1',
      title: 'Déployer les médecins solidaires',
      axisId: 11,
      objectiveId: 21,
      before: { status: 'on_track', progress: 20 },
      after: { status: 'late', progress: 35 },
      changedAt: '2026-11-20T09:30:00Z',
      author: { id: 4, name: 'Paul Financement' },
    },
  ],
};

export const action: ActionListItem = {
  id: 101,
  code: '1.1.1',
  title: 'Déployer les médecins solidaires',
  description: null,
  planId: 1,
  axisId: 11,
  objectiveId: 21,
  unit: {
    code: 'R',
    name: 'Sous-direction de la régulation de l’offre de soins',
  },
  owner: { id: 5, name: 'Rita Régulation' },
  startDate: '2025-01-01',
  dueDate: '2026-06-30',
  weight: 1,
  regional: false,
  status: 'on_track',
  progress: 40,
  lastUpdateAt: '2026-10-02T08:00:00Z',
  version: 3,
  position: 0,
  axisNumber: 1,
  objectiveCode: '1.1',
  effectiveStatus: 'late',
  expectedProgress: 100,
  scheduleGap: -60,
  signals: ['overdue', 'status_check'],
};
