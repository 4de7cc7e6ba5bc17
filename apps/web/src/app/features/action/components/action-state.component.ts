import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  SIGNAL_LABELS,
  STATUS_LABELS,
  type ActionDetail,
} from '@boussole/domain';
import { DomainTextPipe, domainText } from '../../../core/i18n/domain-text';
import {
  dateTimeText,
  numberText,
  pointsText,
} from '../../../core/i18n/page-format';
import { ProgressBarComponent } from '../../../shared/progress-bar.component';
import { StatusBadgeComponent } from '../../../shared/status-badge.component';
import { UpdateTextsComponent } from './update-texts.component';

/** Where the action stands: météo, progress against the calendar, signals, the latest update. */
@Component({
  selector: 'bsl-action-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DomainTextPipe,
    ProgressBarComponent,
    StatusBadgeComponent,
    UpdateTextsComponent,
  ],
  template: `
    @let current = action();
    <section class="fr-mb-6w" aria-labelledby="etat-titre">
      <h2 id="etat-titre" i18n>État actuel</h2>
      <div class="fr-grid-row fr-grid-row--gutters fr-mb-2w">
        <div class="fr-col-12 fr-col-md-4">
          <p class="fr-mb-1v" i18n>Météo</p>
          <bsl-status-badge [status]="current.effectiveStatus" />
          @if (declared(); as declared) {
            <p class="fr-text--sm fr-mt-1w fr-mb-0" i18n>
              Météo déclarée : {{ declared }}
            </p>
          }
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <p class="fr-mb-1v" i18n>Avancement</p>
          <bsl-progress-bar
            [value]="current.progress"
            [expected]="current.expectedProgress"
            label="Avancement de l’action"
            i18n-label
          />
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <p class="fr-mb-1v" i18n>Écart au calendrier</p>
          <p class="fr-text--bold fr-mb-0">{{ gap() }}</p>
        </div>
      </div>

      @if (current.signalDetails.length) {
        <div class="fr-alert fr-alert--warning fr-mb-3w">
          <h3 class="fr-alert__title">
            {{ signalsTitle() }}
          </h3>
          <ul>
            @for (signal of current.signalDetails; track $index) {
              <li>
                <strong>{{ signalLabels[signal.kind] | domainText }}</strong
                >&nbsp;:
                {{ signal.message | domainText }}
              </li>
            }
          </ul>
        </div>
      } @else {
        <p class="fr-text--sm" i18n>Aucune alerte sur cette action.</p>
      }

      <h3 class="fr-h5" i18n>Dernier point d’avancement</h3>
      @if (current.latestUpdate; as latest) {
        <p class="fr-text--sm fr-text-mention--grey" i18n>
          Le {{ when(latest.createdAt) }}, par {{ latest.author.name }}
        </p>
        <bsl-update-texts [update]="latest" />
      } @else {
        <p i18n>Aucun point d’avancement n’a encore été enregistré.</p>
      }
    </section>
  `,
})
export class ActionStateComponent {
  readonly action = input.required<ActionDetail>();

  protected readonly signalLabels = SIGNAL_LABELS;

  /** The declared météo, when the one shown differs (an overdue action is shown late). */
  protected readonly declared = computed(() => {
    const action = this.action();
    return action.status === action.effectiveStatus
      ? null
      : domainText(STATUS_LABELS[action.status]);
  });
  protected readonly signalsTitle = computed(() => {
    const count = this.action().signalDetails.length;
    return count === 1
      ? $localize`Une alerte`
      : $localize`${numberText(count, 0)}:COUNT: alertes`;
  });
  protected readonly gap = computed(() => {
    const gap = this.action().scheduleGap;
    return gap === null
      ? $localize`Non calculé (dates manquantes)`
      : pointsText(gap);
  });

  protected when(time: string): string {
    return dateTimeText(time);
  }
}
