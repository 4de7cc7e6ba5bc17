import type { Status } from '@boussole/domain';
import type { DemoAction } from './content/demo-content.types';
import type { DemoCycle } from './demo-cycles';
import { DemoRandom } from './demo-random';

export interface GeneratedUpdate {
  cycleLabel: string;
  status: Status;
  progress: number;
  narrative: string;
  nextSteps: string | null;
  blockers: string | null;
  createdAt: Date;
}

const GENERIC_NARRATIVES = [
  'Point d’étape : les travaux se poursuivent selon le calendrier prévu.',
  'Réunion du comité de pilotage tenue ; les orientations ont été partagées avec les partenaires.',
  'Les échanges avec les ARS et les fédérations se poursuivent ; premiers retours recueillis.',
  'Cadrage consolidé et feuille de route validée en comité de direction.',
  'Travaux techniques engagés avec les opérateurs ; un premier livrable est en relecture.',
  'Concertation menée avec les représentants des professionnels ; synthèse en cours de rédaction.',
];

/**
 * The status updates of one action across the reporting cycles, following its `story` so that
 * its latest update gives its current status and progress. Updates are dated inside each cycle.
 */
export function generateHistory(action: DemoAction, code: string, cycles: DemoCycle[], today: string): GeneratedUpdate[] {
  const random = new DemoRandom(`history:${code}`);
  const open = cycles.find((c) => c.state === 'open');
  const started = cycles.filter((c) => c.state !== 'planned' && c.closesOn >= action.startDate);
  let cyclesWithUpdate = started.filter((c) => c.state === 'closed');
  // A stale action is one with no update in the open cycle ("à mettre à jour").
  const includeOpen = open !== undefined && action.story !== 'stale';

  if (action.story === 'not_started') {
    // Not started yet: at most one update in the open cycle saying so.
    return open && code.endsWith('1')
      ? [update(open, today, random, 'not_started', 0, action.narratives[action.narratives.length - 1] ?? 'Lancement prévu.', action)]
      : [];
  }
  if (action.story === 'done' || action.story === 'abandoned') {
    // The history stops at the cycle where the action ended.
    const endDate = action.story === 'done' ? minDate(action.dueDate, today) : midpoint(action.startDate, today);
    cyclesWithUpdate = started.filter((c) => c.opensOn <= endDate && c.state !== 'planned');
    if (cyclesWithUpdate.length === 0 && open) cyclesWithUpdate = [open];
  } else if (includeOpen && open && !cyclesWithUpdate.includes(open)) {
    cyclesWithUpdate = [...cyclesWithUpdate, open];
  }
  if (cyclesWithUpdate.length === 0) return [];

  const n = cyclesWithUpdate.length;
  const finalProgress = action.progress;
  const updates: GeneratedUpdate[] = [];
  let previous = 0;
  cyclesWithUpdate.forEach((cycle, index) => {
    const last = index === n - 1;
    const share = (index + 1) / n;
    let progress = last ? finalProgress : Math.round(finalProgress * share + random.int(-4, 4));
    progress = Math.max(previous, Math.min(last ? 100 : Math.max(finalProgress - 1, 0), progress));
    previous = progress;
    const status = last ? action.status : intermediateStatus(action, index, n, progress);
    const narrativeIndex = action.narratives.length - (n - index);
    const narrative = narrativeIndex >= 0 ? action.narratives[narrativeIndex] : random.pick(GENERIC_NARRATIVES);
    updates.push(update(cycle, today, random, status, status === 'done' ? 100 : progress, narrative, action, last));
  });
  return updates;
}

function intermediateStatus(action: DemoAction, index: number, n: number, progress: number): Status {
  const fromEnd = n - 1 - index;
  if (progress === 0) return 'not_started';
  if (action.story === 'late' && fromEnd === 1) return 'at_risk';
  if (action.story === 'slipping' && fromEnd === 1 && index % 2 === 0) return 'at_risk';
  return 'on_track';
}

function update(
  cycle: DemoCycle,
  today: string,
  random: DemoRandom,
  status: Status,
  progress: number,
  narrative: string,
  action: DemoAction,
  last = true,
): GeneratedUpdate {
  const latest = cycle.state === 'open' ? today : cycle.closesOn;
  const span = Math.max(0, daysBetween(cycle.opensOn, latest) - 1);
  const day = addDays(cycle.opensOn, random.int(0, span));
  const createdAt = new Date(`${day}T${String(random.int(8, 17)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00Z`);
  return {
    cycleLabel: cycle.label,
    status,
    progress,
    narrative,
    nextSteps: last ? (action.nextSteps ?? null) : null,
    blockers: last && (status === 'late' || status === 'at_risk') ? (action.blockers ?? null) : null,
    createdAt,
  };
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function midpoint(a: string, b: string): string {
  return addDays(a, Math.floor(daysBetween(a, b) / 2));
}
