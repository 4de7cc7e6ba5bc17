import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
} from '@angular/core';
import {
  formatNumberFr,
  formatPercentFr,
  type RollupExplainPayload,
} from '@boussole/domain';
import { TableFrameDirective } from './table-frame.directive';

let nextId = 0;

/**
 * "Comment est-ce calculé ?": a disclosure that shows the inputs of a roll-up figure, the actions
 * counted with their weight and progress, the ones left out and why, and, when given, which rule
 * decided the node's health (DESIGN §3).
 */
@Component({
  selector: 'bsl-explain',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective],
  template: `
    <button
      type="button"
      class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-question-line fr-btn--icon-left"
      [attr.aria-expanded]="open()"
      [attr.aria-controls]="panelId"
      (click)="open.set(!open())"
    >
      Comment est-ce calculé ?
      @if (figure()) {
        <span class="fr-sr-only"> ({{ figure() }})</span>
      }
    </button>
    <div
      [id]="panelId"
      class="fr-p-2w fr-mb-2w bsl-explain__panel"
      role="region"
      [attr.aria-label]="regionLabel()"
      [hidden]="!open()"
    >
      @if (open()) {
        <p class="fr-text--sm fr-mb-1w">
          @if (figure()) {
            <strong>{{ figure() }}</strong> :
          }
          {{ progressText() }}
        </p>
        <p class="fr-text--sm fr-mb-1w">{{ sentence() }}</p>
        @if (health()) {
          <p class="fr-text--sm fr-mb-1w">
            <strong>État</strong> — {{ health() }}
          </p>
        }
        <p class="fr-text--sm fr-mb-1w">{{ coverage() }}</p>
        @if (explain().counted.length > 0) {
          <div class="fr-table fr-table--sm fr-table--no-caption fr-mb-1w">
            <div class="fr-table__wrapper">
              <div class="fr-table__container" bslTableFrame>
                <div class="fr-table__content">
                  <table>
                    <caption>
                      Actions comptées
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Code</th>
                        <th scope="col">Poids</th>
                        <th scope="col">Avancement</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (row of counted(); track row.actionId) {
                        <tr>
                          <th scope="row">{{ row.code }}</th>
                          <td>{{ row.weight }}</td>
                          <td>{{ row.progress }}</td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
        }
        @if (explain().excluded.length > 0) {
          <p class="fr-text--sm fr-mb-1v">Actions non comptées :</p>
          <ul class="fr-text--sm fr-mb-0">
            @for (row of explain().excluded; track row.actionId) {
              <li>{{ row.code }} : {{ row.reason }}</li>
            }
          </ul>
        }
      }
    </div>
  `,
  styles: `
    .bsl-explain__panel {
      border-left: 4px solid var(--border-default-blue-france);
      background: var(--background-alt-grey);
    }
  `,
})
export class ExplainComponent {
  readonly explain = input.required<RollupExplainPayload>();
  /** The figure explained, e.g. "Avancement de l’axe 1". */
  readonly figure = input<string>('');
  readonly progress = input<number | null>(null);
  /** The node's health explained, as the domain's `healthExplanation` says it; none when empty. */
  readonly health = input<string>('');

  protected readonly panelId = `bsl-explain-${++nextId}`;
  protected readonly open = signal(false);

  protected readonly regionLabel = computed(() =>
    this.figure() ? `Calcul : ${this.figure()}` : 'Détail du calcul',
  );
  protected readonly progressText = computed(() => {
    const progress = this.progress();
    return progress === null
      ? 'non calculé, faute d’action comptée.'
      : `${formatPercentFr(progress)}.`;
  });
  protected readonly sentence = computed(() => {
    const n = this.explain().counted.length;
    if (n === 0)
      return 'Aucune action n’est comptée : l’avancement ne peut pas être calculé.';
    return n === 1
      ? 'Moyenne des avancements de la seule action comptée, pondérée par son poids : c’est son avancement.'
      : `Moyenne des avancements des ${formatNumberFr(n)} actions comptées, pondérée par leur poids. Les actions abandonnées ne sont pas comptées.`;
  });
  protected readonly coverage = computed(() => {
    const { counted, excluded } = this.explain();
    const total = counted.length + excluded.length;
    return `${formatNumberFr(counted.length)} ${counted.length > 1 ? 'actions comptées' : 'action comptée'} sur ${formatNumberFr(total)}.`;
  });
  protected readonly counted = computed(() =>
    this.explain().counted.map((row) => ({
      ...row,
      weight: formatNumberFr(row.weight),
      progress: formatPercentFr(row.progress),
    })),
  );
}
