import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { formatDateTimeFr, type AxisValidationPayload } from '@boussole/domain';
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
      <p>Aucun axe n’a encore été validé pour cette campagne.</p>
    } @else {
      <ol class="fr-raw-list">
        @for (event of events(); track event.key) {
          <li class="fr-mb-2w">
            <p class="fr-mb-1v">
              <span class="fr-text--bold">{{ time(event.at) }}</span>
              –
              @if (event.kind === 'validated') {
                Axe {{ event.axisNumber }} validé par {{ event.by }}
              } @else {
                Axe {{ event.axisNumber }} rouvert par {{ event.by }}
              }
            </p>
            @if (event.text) {
              <p class="fr-text--sm fr-mb-1v bsl-text">
                {{
                  event.kind === 'validated' ? 'Commentaire' : 'Motif'
                }}&nbsp;:
                {{ event.text }}
              </p>
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
    return formatDateTimeFr(value);
  }
}
