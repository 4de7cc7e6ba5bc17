import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  formatDateFr,
  formatNumberFr,
  type ActionDetail,
} from '@boussole/domain';

/** The action's title and what defines it: objective, unit, owner, dates, weight, regional. */
@Component({
  selector: 'bsl-action-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .bsl-facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 1rem 2rem;
      margin: 0 0 2rem;
    }
    .bsl-facts dt {
      font-size: 0.875rem;
      color: var(--text-mention-grey);
    }
    .bsl-facts dd {
      margin: 0;
      font-weight: 700;
    }
  `,
  template: `
    @let current = action();
    <h1 class="fr-mb-2w">{{ current.code }} – {{ current.title }}</h1>
    @if (current.description) {
      <p class="fr-text--lead">{{ current.description }}</p>
    }
    <dl class="bsl-facts">
      @for (fact of facts(); track fact.term) {
        <div>
          <dt>{{ fact.term }}</dt>
          <dd>{{ fact.value }}</dd>
        </div>
      }
    </dl>
  `,
})
export class ActionHeaderComponent {
  readonly action = input.required<ActionDetail>();

  protected readonly facts = computed(() => {
    const action = this.action();
    const date = (value: string | null) =>
      value ? formatDateFr(value) : 'Non renseignée';
    return [
      {
        term: 'Objectif',
        value: `${action.objective.code} – ${action.objective.title}`,
      },
      {
        term: 'Sous-direction',
        value: `${action.unit.name} (${action.unit.code})`,
      },
      { term: 'Responsable', value: action.owner?.name ?? 'Non désigné·e' },
      { term: 'Date de début', value: date(action.startDate) },
      { term: 'Échéance', value: date(action.dueDate) },
      { term: 'Poids', value: formatNumberFr(action.weight) },
      {
        term: 'Déploiement régional',
        value: action.regional ? 'Oui, suivi par ARS' : 'Non',
      },
    ];
  });
}
