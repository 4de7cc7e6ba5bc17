import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ActionListItem } from '@boussole/domain';
import { dateText } from '../../core/i18n/page-format';
import { ProgressBarComponent } from '../../shared/progress-bar.component';
import { SignalTagsComponent } from '../../shared/signal-tags.component';
import { StatusBadgeComponent } from '../../shared/status-badge.component';
import { scheduleText } from './urgency';

/** One of "Mes actions" as a DSFR card: code, title (the link), due date, météo, progress, gap, signals. */
@Component({
  selector: 'bsl-my-action-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ProgressBarComponent,
    RouterLink,
    SignalTagsComponent,
    StatusBadgeComponent,
  ],
  styles: `
    :host {
      display: block;
      height: 100%;
    }
  `,
  template: `
    @let item = action();
    <div class="fr-card fr-card--sm fr-enlarge-link">
      <div class="fr-card__body">
        <div class="fr-card__content">
          <h3 class="fr-card__title">
            <a [routerLink]="['/actions', item.id]">{{ item.title }}</a>
          </h3>
          <div class="fr-card__desc">
            <bsl-progress-bar
              [value]="item.progress"
              [expected]="item.expectedProgress"
              [label]="progressLabel()"
            />
            <bsl-signal-tags [kinds]="item.signals" />
          </div>
          <div class="fr-card__start">
            <p class="fr-card__detail fr-mb-1w" i18n>
              Action {{ item.code // i18n(ph="CODE") }} · Axe
              {{ item.axisNumber // i18n(ph="AXIS") }}
            </p>
            <bsl-status-badge [status]="item.effectiveStatus" />
          </div>
          <div class="fr-card__end">
            <p class="fr-card__detail">{{ due() }}</p>
            @if (behind(); as text) {
              <p class="fr-card__detail">{{ text }}</p>
            }
          </div>
        </div>
      </div>
    </div>
  `,
})
export class MyActionCardComponent {
  readonly action = input.required<ActionListItem>();

  protected readonly behind = computed(() => scheduleText(this.action()));
  protected readonly due = computed(() => {
    const dueDate = this.action().dueDate;
    return dueDate
      ? $localize`Échéance : ${dateText(dueDate)}:DATE:`
      : $localize`Sans échéance`;
  });
  protected readonly progressLabel = computed(
    () => $localize`Avancement de l’action ${this.action().code}:CODE:`,
  );
}
