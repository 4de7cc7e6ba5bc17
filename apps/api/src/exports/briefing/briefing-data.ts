import type {
  AxisRollup,
  AxisValidationPayload,
  CyclePayload,
  FrozenAction,
  IndicatorListItem,
  IsoDate,
  IsoDateTime,
  RegionSummary,
  RollupNodePayload,
  SignalKind,
} from '@boussole/domain';

/** An action the directors should look at: late, or worse than at the previous frozen cycle. */
export interface BriefingAction {
  action: FrozenAction;
  late: boolean;
  /** Its state at the previous cycle when it got worse since, else null. */
  worseThan: { status: FrozenAction['status']; progress: number } | null;
  blockers: string | null;
}

export interface BriefingComment {
  actionCode: string;
  regionCode: string | null;
  author: string;
  createdAt: IsoDateTime;
  text: string;
}

export interface BriefingAxis {
  rollup: AxisRollup;
  /** The figures are the cycle's frozen ones (else today's, or those of `asOf`). */
  frozen: boolean;
  validation: AxisValidationPayload | null;
  /** At most `BRIEFING_LIST_LIMIT`, the worst first; `watchCount` tells how many there are. */
  watch: BriefingAction[];
  watchCount: number;
  supportRequests: BriefingComment[];
  supportRequestCount: number;
  offTrackIndicators: IndicatorListItem[];
}

/** Everything the briefing prints, gathered once from the roll-ups, snapshots and lists. */
export interface BriefingData {
  planId: number;
  planTitle: string;
  /** The reference date of the figures. */
  asOf: IsoDate;
  /** The cycle asked for (`?cycle=`) or open at `asOf`; null when none. */
  cycle: CyclePayload | null;
  /** Whether `?cycle=` was given (the figures are then the frozen ones, where frozen). */
  ofCycle: boolean;
  previousCycle: { id: number; label: string } | null;
  plan: Omit<RollupNodePayload, 'explain'>;
  signalCounts: Record<SignalKind, number>;
  axes: BriefingAxis[];
  regions: RegionSummary[];
  indicators: IndicatorListItem[];
  generatedAt: IsoDateTime;
}

/** Lists of an axis page are cut there (the large plan has hundreds of late actions per axis). */
export const BRIEFING_LIST_LIMIT = 25;
