/**
 * The shape of the demo plan's content (DESIGN §8). Pure data: the loader turns it into rows,
 * generating the history of status updates from each action's `story`.
 */
import type { Periodicity, Status, CommentKind } from '@boussole/domain';

export interface DemoPlan {
  title: string;
  startYear: number;
  endYear: number;
  state: 'draft' | 'active' | 'archived';
  description: string;
  axes: DemoAxis[];
}

export interface DemoAxis {
  number: number;
  title: string;
  description: string;
  objectives: DemoObjective[];
}

export interface DemoObjective {
  /** 1-based rank inside the axis; the objective's code is `<axis>.<number>`. */
  number: number;
  title: string;
  description: string;
  actions: DemoAction[];
}

/**
 * How an action's history unfolds, so that the demo shows every status, signal and health value
 * (DESIGN §3). The loader derives the status updates of past reporting cycles from it.
 * - `steady`: progresses regularly, on track; updated in the open cycle.
 * - `stale`: progresses, but has no update in the open cycle ("à mettre à jour").
 * - `slipping`: was on track, now at risk.
 * - `late`: declared late.
 * - `optimistic`: declared on track while behind schedule by more than 20 points ("météo à vérifier").
 * - `overdue`: due date passed and not done, still declared on track or at risk.
 * - `done`: finished (progress 100).
 * - `abandoned`: abandoned along the way.
 * - `not_started`: starts later, no update yet or only "non démarrée".
 */
export type DemoStory =
  | 'steady'
  | 'stale'
  | 'slipping'
  | 'late'
  | 'optimistic'
  | 'overdue'
  | 'done'
  | 'abandoned'
  | 'not_started';

export interface DemoAction {
  /** 1-based rank inside the objective; the action's code is `<axis>.<objective>.<number>`. */
  number: number;
  title: string;
  description: string;
  /** Owning unit code: PF, RH, R, Q, N or DNS. */
  unit: string;
  startDate: string; // YYYY-MM-DD
  dueDate: string; // YYYY-MM-DD
  weight: number;
  /** Rolled out per ARS: gets a deployment in each of the 18 regions. */
  regional: boolean;
  story: DemoStory;
  /** Current status and progress when the story ends (consistent with the story). */
  status: Status;
  progress: number;
  milestones: DemoMilestone[];
  /** Narratives used for the generated status updates, oldest first (2 to 4 of them). */
  narratives: string[];
  nextSteps?: string;
  blockers?: string;
}

export interface DemoMilestone {
  title: string;
  plannedDate: string; // YYYY-MM-DD
  /** Set when done; a past plannedDate without actualDate is a milestone past due. */
  actualDate?: string;
}

export type DemoIndicatorTarget =
  | { kind: 'plan' }
  | { kind: 'axis'; axis: number }
  | { kind: 'objective'; axis: number; objective: number }
  | { kind: 'action'; axis: number; objective: number; action: number };

export interface DemoIndicator {
  attachedTo: DemoIndicatorTarget;
  name: string;
  /** Unit of measure, in the plural, e.g. "%", "jours", "services d’urgence", "M€" (a count says what it counts). */
  unit: string;
  baselineValue: number;
  baselineDate: string; // YYYY-MM-DD
  targetValue: number;
  targetDate: string; // YYYY-MM-DD
  intermediateTargets: { date: string; value: number }[];
  periodicity: Periodicity;
  source: string;
  definition: string;
  regional: boolean;
  /**
   * How measurements unfold from the baseline date to today, for the loader to generate them:
   * `on_track` follows the trajectory, `behind` lags it by far (off-track signal),
   * `stale` stops being measured several periods ago (stale signal), `none` has no measurement yet.
   */
  trend: 'on_track' | 'behind' | 'stale' | 'none';
}

export interface DemoComment {
  /** Action code `<axis>.<objective>.<number>`; the action must be regional when `regionCode` is set. */
  actionCode: string;
  /** Set for a comment on a regional deployment. */
  regionCode?: string;
  /** Demo account e-mail of the author (e.g. ars-bretagne@boussole.test). */
  author: string;
  kind: CommentKind;
  text: string;
  /** Replies, one level only. */
  replies?: { author: string; kind: CommentKind; text: string }[];
}
