import {
  achievement,
  formatNumberFr,
  formatPercentFr,
  round1,
} from '@boussole/domain';

/** The terms of an achievement (DESIGN §3): from a starting point to a target. */
export interface AchievementTerms {
  latest: number | null;
  from: number;
  to: number;
  /** "référence", or "cible précédente" for the year's achievement. */
  fromLabel: string;
  /** "cible", or "cible de l’année". */
  toLabel: string;
}

export interface AchievementExplanation {
  /** "(dernière valeur − référence) / (cible − référence) = (612 − 655) / (600 − 655) = 78,2 %". */
  formula: string | null;
  /** What the formula does not say: clamping, falling targets, equal bounds, no measurement. */
  notes: string[];
  result: number | null;
}

/** A figure inside the formula; negative ones in parentheses, with a true minus sign. */
function term(value: number): string {
  const text = formatNumberFr(Math.abs(value), 4);
  return value < 0 ? `(\u2212${text})` : text;
}

/** Explains an achievement with its actual numbers, as the domain computes it. */
export function explainAchievement(
  terms: AchievementTerms,
): AchievementExplanation {
  const { latest, from, to, fromLabel, toLabel } = terms;
  const result = achievement(from, to, latest);
  if (latest === null) {
    return {
      formula: null,
      notes: [
        'Aucune mesure n’a encore été saisie\u00a0: l’atteinte n’est pas calculée.',
      ],
      result,
    };
  }
  if (from === to) {
    return {
      formula: null,
      notes: [
        `La ${fromLabel} et la ${toLabel} sont égales (${term(to)})\u00a0: l’atteinte vaut 100\u00a0% si la dernière valeur atteint ou dépasse la ${toLabel}, 0\u00a0% sinon.`,
        `Dernière valeur\u00a0: ${term(latest)}, soit ${formatPercentFr(result ?? 0)}.`,
      ],
      result,
    };
  }
  const raw = round1(((latest - from) / (to - from)) * 100);
  const formula =
    `(dernière valeur \u2212 ${fromLabel}) / (${toLabel} \u2212 ${fromLabel}) = ` +
    `(${term(latest)} \u2212 ${term(from)}) / (${term(to)} \u2212 ${term(from)}) = ${percent(raw)}`;
  const notes: string[] = [];
  if (to < from) {
    notes.push(
      `La ${toLabel} est inférieure à la ${fromLabel} (baisse attendue)\u00a0: les deux différences sont négatives et la même formule s’applique.`,
    );
  }
  if (raw < 0) {
    notes.push(
      'La valeur s’éloigne de la cible\u00a0: l’atteinte est ramenée à 0\u00a0%.',
    );
  } else if (raw > 100) {
    notes.push(
      'La cible est dépassée\u00a0: l’atteinte est plafonnée à 100\u00a0%.',
    );
  }
  return { formula, notes, result };
}

function percent(points: number): string {
  const text = formatPercentFr(Math.abs(points));
  return points < 0 ? `\u2212${text}` : text;
}
