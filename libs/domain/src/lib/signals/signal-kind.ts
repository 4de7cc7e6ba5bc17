/** The kinds of signal ("alerte") of DESIGN §3, computed, never set by hand. */
export const SIGNAL_KINDS = [
  'overdue',
  'stale',
  'schedule_gap',
  'status_check',
  'regional_laggard',
  'indicator_stale',
  'indicator_off_track',
] as const;

export type SignalKind = (typeof SIGNAL_KINDS)[number];

/**
 * What each signal is called wherever it shows (web, e-mails, exports, briefing). A signal is never
 * named like a météo (DESIGN §2): "Échéance dépassée" is a date, "En retard" a météo, and a region
 * behind the others is "En retard sur les autres régions".
 */
export const SIGNAL_LABELS: Readonly<Record<SignalKind, string>> = {
  overdue: 'Échéance dépassée',
  stale: 'À mettre à jour',
  schedule_gap: 'Retard sur le calendrier',
  status_check: 'Météo à vérifier',
  regional_laggard: 'En retard sur les autres régions',
  indicator_stale: 'Indicateur non mis à jour',
  indicator_off_track: 'Indicateur hors trajectoire',
};

/** One signal: its kind and a French sentence that says why. */
export interface Signal {
  kind: SignalKind;
  message: string;
}

/** Thresholds of DESIGN §3, in points. */
export const SCHEDULE_GAP_THRESHOLD = -20;
export const REGIONAL_LAGGARD_POINTS = 15;
export const INDICATOR_OFF_TRACK_POINTS = 15;

export function isSignalKind(value: unknown): value is SignalKind {
  return (
    typeof value === 'string' &&
    (SIGNAL_KINDS as readonly string[]).includes(value)
  );
}

/** Every kind at zero, so that a roll-up always lists all of them. */
export function emptySignalCounts(): Record<SignalKind, number> {
  return Object.fromEntries(SIGNAL_KINDS.map((kind) => [kind, 0])) as Record<
    SignalKind,
    number
  >;
}

/** How many signals of each kind. */
export function countSignals(
  signals: readonly { kind: SignalKind }[],
): Record<SignalKind, number> {
  const counts = emptySignalCounts();
  for (const signal of signals) counts[signal.kind] += 1;
  return counts;
}
