import type { IsoDate, IsoDateTime } from '../api/payloads';
import { compareIsoDates, daysBetween } from '../dates/dates';
import {
  formatDateFr,
  formatNumberFr,
  formatPercentFr,
  formatPointsFr,
} from '../format/format';
import { expectedProgress, scheduleGap } from '../rollup/expected-progress';
import { needsUpdate } from '../rollup/freshness';
import { isOverdue } from '../rollup/overdue';
import { isClosed, STATUS_LABELS, type Status } from '../status/status';
import { SCHEDULE_GAP_THRESHOLD, type Signal } from './signal-kind';

export interface MilestoneFact {
  plannedDate: IsoDate;
  done: boolean;
  title?: string;
}

export interface SignalAction {
  status: Status;
  progress: number;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  lastUpdateAt: IsoDateTime | null;
  milestones?: readonly MilestoneFact[];
}

export interface SignalContext {
  asOf: IsoDate;
  /** The opening day of the open reporting cycle; `null` when no cycle is open. */
  cycleOpenedOn: IsoDate | null;
}

/**
 * The signals of one action (DESIGN §3): overdue, stale, schedule gap below −20 points, and the
 * "météo à vérifier" when `on_track` contradicts the facts. A done or abandoned action asks for
 * nothing more, so it has no signal.
 */
export function actionSignals(
  action: SignalAction,
  { asOf, cycleOpenedOn }: SignalContext,
): Signal[] {
  if (isClosed(action.status)) return [];
  const signals: Signal[] = [];

  const overdue = isOverdue(action, asOf);
  if (overdue && action.dueDate) {
    const days = daysBetween(action.dueDate, asOf);
    signals.push({
      kind: 'overdue',
      message: `Échéance du ${formatDateFr(action.dueDate)} dépassée de ${days}\u00a0jour${days > 1 ? 's' : ''}.`,
    });
  }

  if (cycleOpenedOn && needsUpdate(action, cycleOpenedOn)) {
    signals.push({
      kind: 'stale',
      message: `Aucun point d’avancement depuis l’ouverture de la campagne le ${formatDateFr(cycleOpenedOn)}.`,
    });
  }

  const expected = expectedProgress(action.startDate, action.dueDate, asOf);
  const gap = scheduleGap(action.progress, expected);
  const behind = gap !== null && gap < SCHEDULE_GAP_THRESHOLD;
  if (behind && expected !== null) {
    signals.push({
      kind: 'schedule_gap',
      message: `Avancement de ${formatPercentFr(action.progress)} pour ${formatPercentFr(expected)} attendus à cette date (${formatPointsFr(gap)}).`,
    });
  }

  if (action.status === 'on_track') {
    const reasons: string[] = [];
    if (overdue) reasons.push('l’échéance est dépassée');
    const missed = pastDueMilestones(action.milestones ?? [], asOf);
    if (missed.length === 1) {
      const name = missed[0].title
        ? `le jalon « ${missed[0].title} »`
        : 'un jalon';
      reasons.push(
        `${name} prévu le ${formatDateFr(missed[0].plannedDate)} n’est pas atteint`,
      );
    } else if (missed.length > 1) {
      reasons.push(
        `${missed.length} jalons dont la date est passée ne sont pas atteints`,
      );
    }
    if (behind)
      reasons.push(
        `l’avancement a ${formatNumberFr(-gap, 1)}\u00a0points de retard sur le calendrier`,
      );
    if (reasons.length > 0) {
      signals.push({
        kind: 'status_check',
        // No-break spaces before « : » and « ; », as French typography wants.
        message: `Météo « ${STATUS_LABELS.on_track} » à vérifier\u00a0: ${reasons.join('\u00a0; ')}.`,
      });
    }
  }
  return signals;
}

/** Milestones whose planned date is strictly before `asOf` and that are not done, earliest first. */
export function pastDueMilestones(
  milestones: readonly MilestoneFact[],
  asOf: IsoDate,
): MilestoneFact[] {
  return milestones
    .filter((m) => !m.done && compareIsoDates(m.plannedDate, asOf) < 0)
    .sort((a, b) => compareIsoDates(a.plannedDate, b.plannedDate));
}
