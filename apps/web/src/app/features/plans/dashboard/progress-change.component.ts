import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { round1 } from '@boussole/domain';
import { percentText } from '../../../core/i18n/page-format';
import { directionOf, pointsText, pointsWords } from './change-trend';
import { TrendMarkComponent } from './trend-mark.component';

/** A progress's change: « 30 % → 45 % ▲ 15 pts » (more progress is better news). */
@Component({
  selector: 'bsl-progress-change',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TrendMarkComponent],
  styles: `
    :host {
      white-space: nowrap;
    }
  `,
  template: `
    @if (before() === null) {
      {{ percent(after()) }}
    } @else {
      <span class="fr-sr-only" i18n>De </span>{{ percent(before() ?? 0)
      }}<span aria-hidden="true"> → </span
      ><span class="fr-sr-only" i18n> à </span>{{ percent(after()) }}
      @if (delta() === 0) {
        <span class="fr-sr-only" i18n> (inchangé)</span>
      } @else {
        <bsl-trend-mark
          [direction]="direction()"
          [tone]="delta() > 0 ? 'better' : 'worse'"
          [size]="size()"
          [sizeWords]="words()"
        />
      }
    }
  `,
})
export class ProgressChangeComponent {
  /** Null for a figure that did not exist then (only `after` is shown). */
  readonly before = input.required<number | null>();
  readonly after = input.required<number>();

  protected readonly percent = (value: number) => percentText(value);
  protected readonly delta = computed(() =>
    round1(this.after() - (this.before() ?? this.after())),
  );
  protected readonly direction = computed(() => directionOf(this.delta()));
  protected readonly size = computed(() => pointsText(this.delta()));
  protected readonly words = computed(() => pointsWords(this.delta()));
}
