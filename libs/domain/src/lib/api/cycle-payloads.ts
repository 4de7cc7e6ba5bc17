/**
 * Payloads of the reporting cycle (DESIGN §5): `GET /api/cycles/:id/completeness`.
 */
import type { CycleState, IsoDate, IsoDateTime } from './payloads';

/** Expected, received and missing updates; `percent` = received / expected × 100 (one decimal), null when nothing is expected. */
export interface CompletenessCount {
  expected: number;
  received: number;
  missing: number;
  percent: number | null;
}

/** An action the cycle still expects an update for. */
export interface MissingAction {
  id: number;
  code: string;
  title: string;
  axisNumber: number;
  unitCode: string;
  owner: { id: number; name: string } | null;
  lastUpdateAt: IsoDateTime | null;
}

export interface CycleCompleteness extends CompletenessCount {
  cycle: { id: number; label: string; opensOn: IsoDate; closesOn: IsoDate; state: CycleState };
  byAxis: (CompletenessCount & { id: number; number: number; title: string })[];
  byUnit: (CompletenessCount & { code: string; name: string })[];
  /** `id` null: the actions without an owner, named "Sans responsable". */
  byOwner: (CompletenessCount & { id: number | null; name: string })[];
  /** Deployment reports of the expected regional actions, per region. */
  byRegion: (CompletenessCount & { code: string; name: string })[];
  /** Sorted by code. */
  missingActions: MissingAction[];
}
