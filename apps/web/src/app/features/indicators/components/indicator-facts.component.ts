import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  PERIODICITY_LABELS,
  formatDateFr,
  type IndicatorDetail,
  formatQuantityFr,
} from '@boussole/domain';

/** The indicator's definition: what it measures, where from, its baseline and its targets. */
@Component({
  selector: 'bsl-indicator-facts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  styles: `
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0 0 0.75rem;
    }
  `,
  template: `
    @let current = indicator();
    <dl>
      <dt>Définition</dt>
      <dd>{{ current.definition || 'Non renseignée' }}</dd>
      <dt>Source</dt>
      <dd>{{ current.source || 'Non renseignée' }}</dd>
      <dt>Unité</dt>
      <dd>{{ current.unit || 'Sans unité' }}</dd>
      <dt>Périodicité</dt>
      <dd>
        {{ periodicity()
        }}{{
          current.regional
            ? ', mesuré au niveau national et par région'
            : ', mesuré au niveau national'
        }}
      </dd>
      <dt>Référence</dt>
      <dd>
        {{ value(current.baselineValue) }} au {{ date(current.baselineDate) }}
      </dd>
      <dt>Cible</dt>
      <dd>
        {{ value(current.targetValue) }} au {{ date(current.targetDate) }}
      </dd>
      @if (current.intermediateTargets.length) {
        <dt>Cibles intermédiaires</dt>
        <dd>
          <ul class="fr-mb-0">
            @for (target of current.intermediateTargets; track target.date) {
              <li>{{ value(target.value) }} au {{ date(target.date) }}</li>
            }
          </ul>
        </dd>
      }
      <dt>Rattaché à</dt>
      <dd>
        @if (attachedLink(); as link) {
          <a [routerLink]="link"
            >{{ current.attachedTo.label }} – {{ current.attachedTo.title }}</a
          >
        } @else {
          {{ current.attachedTo.label }} – {{ current.attachedTo.title }}
        }
      </dd>
    </dl>
  `,
})
export class IndicatorFactsComponent {
  readonly indicator = input.required<IndicatorDetail>();

  protected readonly date = formatDateFr;
  protected readonly periodicity = computed(
    () => PERIODICITY_LABELS[this.indicator().periodicity],
  );
  /** The action's page, the axis's page; objectives and plans have none of their own. */
  protected readonly attachedLink = computed(() => {
    const { attachedTo, planId } = this.indicator();
    switch (attachedTo.kind) {
      case 'action':
        return ['/actions', attachedTo.id];
      case 'axis':
        return ['/plans', planId, 'axes', attachedTo.id];
      case 'plan':
        return ['/plans', attachedTo.id];
      default:
        return null;
    }
  });

  protected value(figure: number): string {
    return formatQuantityFr(figure, this.indicator().unit);
  }
}
