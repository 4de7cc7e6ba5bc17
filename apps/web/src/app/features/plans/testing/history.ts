import type {
  AxisPayload,
  CycleProgressPoint,
  PlanProgressHistory,
} from '@boussole/domain';
import { plan } from './fixtures';

/** The four axes of the 2025-2027 plan, as the dashboard's specs name them. */
export const FOUR_AXES: AxisPayload[] = [1, 2, 3, 4].map((number) => ({
  ...plan.axes[0],
  id: 10 + number,
  number,
  title: [
    'Garantir l’accès aux soins',
    'Accompagner la pérennité du système de santé',
    'Assurer la qualité des soins',
    'Améliorer les modes de travail de la DGOS',
  ][number - 1],
  objectives: [],
}));

const LABELS = [
  'T1 2025',
  'T2 2025',
  'T3 2025',
  'T4 2025',
  'T1 2026',
  'T2 2026',
  'T3 2026',
];
const CLOSES = [
  '2025-03-28',
  '2025-06-27',
  '2025-09-26',
  '2025-12-12',
  '2026-03-27',
  '2026-06-26',
  '2026-09-25',
];

/** Progress of axes 1..4 at each closed cycle, T1 2025 … T3 2026 (axis 4 at T2 2025 was not validated). */
const FIGURES = [
  [5, 3, 8, 10],
  [12, 9, 15, 18],
  [20, 14, 22, 25],
  [28, 21, 30, 31],
  [36, 27, 37.5, 40],
  [45, 33, 44, 48],
  [62, 40, 51, 55],
];

export function aCycleProgress(
  index: number,
  changes: Partial<CycleProgressPoint> = {},
): CycleProgressPoint {
  return {
    cycleId: 101 + index,
    label: LABELS[index],
    closesOn: CLOSES[index],
    planProgress: 30,
    axes: FIGURES[index].map((progress, axis) => ({
      axisId: 11 + axis,
      number: axis + 1,
      progress,
      validated: !(index === 1 && axis === 3),
    })),
    ...changes,
  };
}

/** The demo's seven closed cycles, each validated (but axis 4 in T2 2025, frozen at closing). */
export const HISTORY: PlanProgressHistory = {
  planId: 1,
  cycles: LABELS.map((_, index) => aCycleProgress(index)),
};

/** The open cycle T4 2026 once axis 1 only is validated. */
export const OPEN_CYCLE_PARTLY_VALIDATED: CycleProgressPoint = {
  cycleId: 9,
  label: 'T4 2026',
  closesOn: '2026-12-11',
  planProgress: null,
  axes: [{ axisId: 11, number: 1, progress: 70, validated: true }],
};

export const NO_HISTORY: PlanProgressHistory = { planId: 1, cycles: [] };
