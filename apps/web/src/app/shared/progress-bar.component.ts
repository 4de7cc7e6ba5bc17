import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { percentText } from '../core/i18n/page-format';

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/**
 * A progress bar in points (0..100), with an optional marker for the progress expected at this
 * date. The bar is a `role="progressbar"` named by `label`; the figures are also written out.
 */
@Component({
  selector: 'bsl-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .bsl-progress__track {
      position: relative;
      height: 0.5rem;
      border-radius: 0.25rem;
      background: var(--background-contrast-grey);
      overflow: visible;
    }
    .bsl-progress__fill {
      height: 100%;
      border-radius: 0.25rem;
      background: var(--background-action-high-blue-france);
    }
    .bsl-progress__expected {
      position: absolute;
      top: -0.25rem;
      bottom: -0.25rem;
      width: 2px;
      background: var(--text-default-grey);
    }
    .bsl-progress__text {
      margin: 0.25rem 0 0;
    }
  `,
  template: `
    <div
      class="bsl-progress__track"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="value()"
      [attr.aria-valuetext]="text()"
      [attr.aria-label]="label()"
    >
      @if (value() !== null) {
        <div class="bsl-progress__fill" [style.width.%]="width()"></div>
      }
      @if (expected() !== null) {
        <div
          class="bsl-progress__expected"
          [style.left.%]="expectedPosition()"
          aria-hidden="true"
        ></div>
      }
    </div>
    <p class="bsl-progress__text fr-text--sm">
      <span class="fr-text--bold">{{ valueText() }}</span>
      @if (expectedText(); as expected) {
        <span class="fr-text-mention--grey"> ({{ expected }})</span>
      }
    </p>
  `,
})
export class ProgressBarComponent {
  readonly value = input.required<number | null>();
  readonly expected = input<number | null>(null);
  /** What the bar measures, e.g. "Avancement de l’axe 1" (its accessible name). */
  readonly label = input.required<string>();

  protected readonly width = computed(() => clamp(this.value() ?? 0));
  protected readonly expectedPosition = computed(() =>
    clamp(this.expected() ?? 0),
  );
  protected readonly valueText = computed(() => {
    const value = this.value();
    return value === null ? $localize`Non calculé` : percentText(value);
  });
  protected readonly expectedText = computed(() => {
    const expected = this.expected();
    return expected === null
      ? null
      : $localize`attendu ${percentText(expected)}:PERCENT:`;
  });
  protected readonly text = computed(() => {
    const expected = this.expectedText();
    return expected ? `${this.valueText()}, ${expected}` : this.valueText();
  });
}
