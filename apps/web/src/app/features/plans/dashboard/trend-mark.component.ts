import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { Direction, Tone } from './change-trend';

/**
 * The arrow of a change (▲ up, ▼ down) and its size, coloured by whether it is good news; the
 * arrow is drawn for the eye and said in words for screen readers (« en hausse de 15 points »).
 */
@Component({
  selector: 'bsl-trend-mark',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .bsl-trend {
      font-weight: 700;
      white-space: nowrap;
    }
    .bsl-trend--better {
      color: var(--text-default-success);
    }
    .bsl-trend--worse {
      color: var(--text-default-error);
    }
  `,
  template: `
    @if (direction() !== 'same') {
      <span [class]="toneClass()"
        ><span aria-hidden="true">{{ shown() }}</span
        ><span class="fr-sr-only">{{ words() }}</span></span
      >
    }
  `,
})
export class TrendMarkComponent {
  readonly direction = input.required<Direction>();
  readonly tone = input<Tone>(null);
  /** The size as shown, e.g. `15 pts`; none for a météo. */
  readonly size = input<string | null>(null);
  /** The size in words, e.g. `15 points`. */
  readonly sizeWords = input<string | null>(null);

  /** `▲ 15 pts`, `▼`. */
  protected readonly shown = computed(() => {
    const arrow = this.direction() === 'up' ? '▲' : '▼';
    const size = this.size();
    return size ? `${arrow}\u00a0${size}` : arrow;
  });
  protected readonly toneClass = computed(() => {
    const tone = this.tone();
    return tone ? `bsl-trend bsl-trend--${tone}` : 'bsl-trend';
  });
  /** A figure moves up or down by so much; a météo gets better or worse. */
  protected readonly words = computed(() => {
    const size = this.sizeWords();
    const up = this.direction() === 'up';
    const tone = this.tone();
    const words = size
      ? up
        ? $localize`en hausse de ${size}:SIZE:`
        : $localize`en baisse de ${size}:SIZE:`
      : tone
        ? tone === 'better'
          ? $localize`amélioration`
          : $localize`dégradation`
        : up
          ? $localize`hausse`
          : $localize`baisse`;
    return ` (${words})`;
  });
}
