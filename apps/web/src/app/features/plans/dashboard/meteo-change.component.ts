import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { Status } from '@boussole/domain';
import { StatusBadgeComponent } from '../../../shared/status-badge.component';
import { statusTone } from './change-trend';
import { TrendMarkComponent } from './trend-mark.component';

/** A météo's change: « En bonne voie → En retard ▼ », or the new météo of a new action. */
@Component({
  selector: 'bsl-meteo-change',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusBadgeComponent, TrendMarkComponent],
  template: `
    @if (before(); as before) {
      @if (before === after()) {
        <bsl-status-badge [status]="after()" /><span class="fr-sr-only" i18n>
          (inchangée)</span
        >
      } @else {
        <span class="fr-sr-only" i18n>De </span
        ><bsl-status-badge [status]="before" /><span aria-hidden="true">
          → </span
        ><span class="fr-sr-only" i18n> à </span
        ><bsl-status-badge [status]="after()" />
        @if (tone(); as tone) {
          &ngsp;<bsl-trend-mark
            [direction]="tone === 'better' ? 'up' : 'down'"
            [tone]="tone"
          />
        }
      }
    } @else {
      <span class="fr-text-mention--grey" i18n>Nouvelle action : </span
      ><bsl-status-badge [status]="after()" />
    }
  `,
})
export class MeteoChangeComponent {
  readonly before = input.required<Status | null>();
  readonly after = input.required<Status>();

  protected readonly tone = computed(() =>
    statusTone(this.before(), this.after()),
  );
}
