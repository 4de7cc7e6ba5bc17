import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  formatDateFr,
  toIsoDate,
  type MilestonePayload,
} from '@boussole/domain';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

type MilestoneState = 'done' | 'late' | 'planned';

const STATE_BADGES: Readonly<
  Record<MilestoneState, { label: string; css: string }>
> = {
  done: { label: 'Atteint', css: 'fr-badge--success' },
  // A date, not a météo: « En retard » is the action's météo only.
  late: { label: 'Date dépassée', css: 'fr-badge--error' },
  planned: { label: 'À venir', css: 'fr-badge--info' },
};

/** The action's milestones as a DSFR table; a milestone past its date and not done is late. */
@Component({
  selector: 'bsl-action-milestones',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective],
  template: `
    <section class="fr-mb-6w" aria-labelledby="jalons-titre">
      <h2 id="jalons-titre">Jalons</h2>
      @if (rows().length) {
        <div class="fr-table fr-table--no-caption">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" bslTableFrame>
              <div class="fr-table__content">
                <table>
                  <caption>
                    Jalons de l’action
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Jalon</th>
                      <th scope="col">Date prévue</th>
                      <th scope="col">Date réelle</th>
                      <th scope="col">État</th>
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
        <p>Aucun jalon n’est défini pour cette action.</p>
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
        planned: formatDateFr(milestone.plannedDate),
        actual: milestone.actualDate
          ? formatDateFr(milestone.actualDate)
          : 'Non renseignée',
        badge: STATE_BADGES[state],
      };
    });
  });
}
