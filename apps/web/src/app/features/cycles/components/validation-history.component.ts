import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { type AxisValidationPayload } from '@boussole/domain';
import { dateTimeText } from '../../../core/i18n/page-format';
import { validationEvents } from '../cycle-model';

/** "Historique des validations": each validation of an axis and each reopening, newest first. */
@Component({
  selector: 'bsl-validation-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .bsl-text {
      white-space: pre-line;
    }
  `,
  template: `
    @if (events().length === 0) {
      <p i18n>Aucun axe n’a encore été validé pour cette campagne.</p>
    } @else {
      <ol class="fr-raw-list">
        @for (event of events(); track event.key) {
          <li class="fr-mb-2w">
            <p class="fr-mb-1v">
              <span class="fr-text--bold">{{ time(event.at) }}</span>
              –
              @if (event.kind === 'validated') {
                <ng-container i18n
                  >Axe {{ event.axisNumber }} validé par
                  {{ event.by }}</ng-container
                >
              } @else {
                <ng-container i18n
                  >Axe {{ event.axisNumber }} rouvert par
                  {{ event.by }}</ng-container
                >
              }
            </p>
            @if (event.text) {
              @if (event.kind === 'validated') {
                <p class="fr-text--sm fr-mb-1v bsl-text" i18n>
                  Commentaire&nbsp;: {{ event.text }}
                </p>
              } @else {
                <p class="fr-text--sm fr-mb-1v bsl-text" i18n>
                  Motif&nbsp;: {{ event.text }}
                </p>
              }
            }
            @if (event.justifications.length) {
              <ul class="fr-text--sm">
                @for (item of event.justifications; track item.actionId) {
                  <li class="bsl-text">
                    {{ item.code }}&nbsp;: {{ item.text }}
                  </li>
                }
              </ul>
            }
          </li>
        }
      </ol>
    }
  `,
})
export class ValidationHistoryComponent {
  readonly validations = input.required<readonly AxisValidationPayload[]>();

  protected readonly events = computed(() =>
    validationEvents(this.validations()),
  );

  protected time(value: string): string {
    return dateTimeText(value);
  }
}
