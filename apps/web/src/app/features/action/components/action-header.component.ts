import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { type ActionDetail } from '@boussole/domain';
import { dateText, numberText } from '../../../core/i18n/page-format';
import { domainText } from '../../../core/i18n/domain-text';

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
      value ? dateText(value) : $localize`Non renseignée`;
    return [
      {
        term: $localize`Objectif`,
        value: `${action.objective.code} – ${action.objective.title}`,
      },
      {
        term: $localize`Sous-direction`,
        value: `${domainText(action.unit.name)} (${action.unit.code})`,
      },
      {
        term: $localize`Responsable`,
        value: action.owner?.name ?? $localize`Non désigné·e`,
      },
      { term: $localize`Date de début`, value: date(action.startDate) },
      { term: $localize`Échéance`, value: date(action.dueDate) },
      { term: $localize`Poids`, value: numberText(action.weight) },
      {
        term: $localize`Déploiement régional`,
        value: action.regional ? $localize`Oui, suivi par ARS` : $localize`Non`,
      },
    ];
  });
}
