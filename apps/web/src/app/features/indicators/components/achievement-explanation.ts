import { achievement, round1 } from '@boussole/domain';
import { numberText, percentText } from '../../../core/i18n/page-format';

/** The terms of an achievement (DESIGN §3): from a starting point to a target. */
export interface AchievementTerms {
  latest: number | null;
  from: number;
  to: number;
  /** "référence", or "cible précédente" for the year's achievement (translated). */
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
  const text = numberText(Math.abs(value), 4);
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
        $localize`Aucune mesure n’a encore été saisie\u00a0: l’atteinte n’est pas calculée.`,
      ],
      result,
    };
  }
  if (from === to) {
    return {
      formula: null,
      notes: [
        $localize`La ${fromLabel}:FROM: et la ${toLabel}:TO: sont égales (${term(to)}:VALUE:)\u00a0: l’atteinte vaut 100\u00a0% si la dernière valeur atteint ou dépasse la ${toLabel}:TO_AGAIN:, 0\u00a0% sinon.`,
        $localize`Dernière valeur\u00a0: ${term(latest)}:VALUE:, soit ${percentText(result ?? 0)}:PERCENT:.`,
      ],
      result,
    };
  }
  const raw = round1(((latest - from) / (to - from)) * 100);
  const formula =
    $localize`(dernière valeur \u2212 ${fromLabel}:FROM:) / (${toLabel}:TO: \u2212 ${fromLabel}:FROM_AGAIN:) = ` +
    `(${term(latest)} \u2212 ${term(from)}) / (${term(to)} \u2212 ${term(from)}) = ${percent(raw)}`;
  const notes: string[] = [];
  if (to < from) {
    notes.push(
      $localize`La ${toLabel}:TO: est inférieure à la ${fromLabel}:FROM: (baisse attendue)\u00a0: les deux différences sont négatives et la même formule s’applique.`,
    );
  }
  if (raw < 0) {
    notes.push(
      $localize`La valeur s’éloigne de la cible\u00a0: l’atteinte est ramenée à 0\u00a0%.`,
    );
  } else if (raw > 100) {
    notes.push(
      $localize`La cible est dépassée\u00a0: l’atteinte est plafonnée à 100\u00a0%.`,
    );
  }
  return { formula, notes, result };
}

function percent(points: number): string {
  const text = percentText(Math.abs(points));
  return points < 0 ? `\u2212${text}` : text;
}
