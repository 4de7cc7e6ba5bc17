import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
} from '@angular/core';
import {
  currentTarget,
  type IndicatorDetail,
  type IsoDate,
} from '@boussole/domain';
import {
  dateText,
  percentText,
  pointsText,
  quantityText,
} from '../../../core/i18n/page-format';
import { periodLabel } from '../indicator-format';
import { explainAchievement } from './achievement-explanation';

let nextId = 0;

/**
 * The indicator's achievement, overall and for the year, as big figures with "Comment est-ce
 * calculé ?" (the DESIGN §3 formula with the actual numbers), the achievement expected on the
 * trajectory, and when the next measurement is due.
 */
@Component({
  selector: 'bsl-indicator-achievement',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-achievement.component.html',
  styles: `
    .bsl-figure {
      margin: 0;
      font-size: 2.5rem;
      line-height: 3rem;
      font-weight: 700;
    }
    .bsl-explain__panel {
      border-left: 4px solid var(--border-default-blue-france);
      background: var(--background-alt-grey);
    }
  `,
})
export class IndicatorAchievementComponent {
  readonly indicator = input.required<IndicatorDetail>();
  /** The day the figures are as of (today). */
  readonly today = input.required<IsoDate>();

  protected readonly panelId = `bsl-atteinte-${++nextId}`;
  protected readonly open = signal(false);
  protected readonly percent = (points: number | null) =>
    points === null ? $localize`Non calculée` : percentText(points);

  /** The target in force this year and the point it is measured from. */
  private readonly step = computed(() => {
    const indicator = this.indicator();
    return currentTarget({ ...indicator, measurements: [] }, this.today());
  });
  protected readonly targetText = computed(() => {
    const indicator = this.indicator();
    return $localize`${quantityText(indicator.targetValue, indicator.unit)}:VALUE: au ${dateText(indicator.targetDate)}:DATE:`;
  });
  protected readonly yearTargetText = computed(() => {
    const { to } = this.step();
    return $localize`${quantityText(to.value, this.indicator().unit)}:VALUE: au ${dateText(to.date)}:DATE:`;
  });
  protected readonly overall = computed(() => {
    const indicator = this.indicator();
    return explainAchievement({
      latest: indicator.latest?.value ?? null,
      from: indicator.baselineValue,
      to: indicator.targetValue,
      fromLabel: $localize`référence`,
      toLabel: $localize`cible`,
    });
  });
  protected readonly year = computed(() => {
    const indicator = this.indicator();
    const { from, to } = this.step();
    const fromBaseline = from.date === indicator.baselineDate;
    const final = to.date === indicator.targetDate;
    return explainAchievement({
      latest: indicator.latest?.value ?? null,
      from: from.value,
      to: to.value,
      fromLabel: fromBaseline ? $localize`référence` : $localize`cible précédente`,
      toLabel: final ? $localize`cible` : $localize`cible de l’année`,
    });
  });
  protected readonly latestText = computed(() => {
    const indicator = this.indicator();
    const latest = indicator.latest;
    return latest
      ? `${quantityText(latest.value, indicator.unit)} (${periodLabel(latest.period, indicator.periodicity)})`
      : $localize`aucune mesure`;
  });
  protected readonly stale = computed(
    () => this.today() > this.indicator().nextDue,
  );
  protected readonly nextDue = computed(() =>
    dateText(this.indicator().nextDue),
  );
  /** "−13 points" behind (or ahead of) the trajectory; off track below −15 (DESIGN §3). */
  protected readonly gap = computed(() => {
    const indicator = this.indicator();
    const actual = indicator.achievement.overall;
    const expected = indicator.expectedAchievement;
    return actual === null || expected === null
      ? null
      : pointsText(actual - expected);
  });
}
