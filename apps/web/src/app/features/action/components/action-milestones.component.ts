import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  toIsoDate,
  type MilestonePayload,
} from '@boussole/domain';
import { dateText } from '../../../core/i18n/page-format';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

type MilestoneState = 'done' | 'late' | 'planned';

const STATE_BADGES: Readonly<
  Record<MilestoneState, { label: string; css: string }>
> = {
  done: { label: $localize`Atteint`, css: 'fr-badge--success' },
  // A date, not a météo: « En retard » is the action's météo only.
  late: { label: $localize`Date dépassée`, css: 'fr-badge--error' },
  planned: { label: $localize`À venir`, css: 'fr-badge--info' },
};

/** The action's milestones as a DSFR table; a milestone past its date and not done is late. */
@Component({
  selector: 'bsl-action-milestones',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective],
  template: `
    <section class="fr-mb-6w" aria-labelledby="jalons-titre">
      <h2 id="jalons-titre" i18n>Jalons</h2>
      @if (rows().length) {
        <div class="fr-table fr-table--no-caption">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" bslTableFrame>
              <div class="fr-table__content">
                <table>
                  <caption i18n>
                    Jalons de l’action
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" i18n>Jalon</th>
                      <th scope="col" i18n>Date prévue</th>
                      <th scope="col" i18n>Date réelle</th>
                      <th scope="col" i18n>État</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of rows(); track row.id) {
                      <tr>
                        <th scope="row">{{ row.title }}</th>
                        <td>{{ row.planned }}</td>
                        <td>{{ row.actual }}</td>
                        <td>
                          <span
                            class="fr-badge fr-badge--sm {{ row.badge.css }}"
                            >{{ row.badge.label }}</span
                          >
                        </td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      } @else {
        <p i18n>Aucun jalon n’est défini pour cette action.</p>
      }
    </section>
  `,
})
export class ActionMilestonesComponent {
  readonly milestones = input.required<readonly MilestonePayload[]>();
  /** The reference day (`YYYY-MM-DD`); today by default. */
  readonly today = input<string>(toIsoDate(new Date()));

  protected readonly rows = computed(() => {
    const today = this.today();
    return this.milestones().map((milestone) => {
      const state: MilestoneState = milestone.done
        ? 'done'
        : milestone.plannedDate < today
          ? 'late'
          : 'planned';
      return {
        id: milestone.id,
        title: milestone.title,
        planned: dateText(milestone.plannedDate),
        actual: milestone.actualDate
          ? dateText(milestone.actualDate)
          : $localize`Non renseignée`,
        badge: STATE_BADGES[state],
      };
    });
  });
}
