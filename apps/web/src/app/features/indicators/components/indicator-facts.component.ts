import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { PERIODICITY_LABELS, type IndicatorDetail } from '@boussole/domain';
import { domainText } from '../../../core/i18n/domain-text';
import { dateText, quantityText } from '../../../core/i18n/page-format';
import { attachmentLabel } from '../indicator-format';

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
      <dt i18n>Définition</dt>
      <dd>{{ current.definition || notFilled }}</dd>
      <dt i18n>Source</dt>
      <dd>{{ current.source || notFilled }}</dd>
      <dt i18n>Unité</dt>
      <dd>{{ current.unit || noUnit }}</dd>
      <dt i18n>Périodicité</dt>
      <dd>
        {{ periodicity() }}
      </dd>
      <dt i18n>Référence</dt>
      <dd i18n>
        {{ value(current.baselineValue) }} au {{ date(current.baselineDate) }}
      </dd>
      <dt i18n>Cible</dt>
      <dd i18n>
        {{ value(current.targetValue) }} au {{ date(current.targetDate) }}
      </dd>
      @if (current.intermediateTargets.length) {
        <dt i18n>Cibles intermédiaires</dt>
        <dd>
          <ul class="fr-mb-0">
            @for (target of current.intermediateTargets; track target.date) {
              <li i18n>{{ value(target.value) }} au {{ date(target.date) }}</li>
            }
          </ul>
        </dd>
      }
      <dt i18n>Rattaché à</dt>
      <dd>
        @if (attachedLink(); as link) {
          <a [routerLink]="link"
            >{{ attached() }} – {{ current.attachedTo.title }}</a
          >
        } @else {
          {{ attached() }} – {{ current.attachedTo.title }}
        }
      </dd>
    </dl>
  `,
})
export class IndicatorFactsComponent {
  readonly indicator = input.required<IndicatorDetail>();

  protected readonly date = dateText;
  protected readonly notFilled = $localize`Non renseignée`;
  protected readonly noUnit = $localize`Sans unité`;
  protected readonly periodicity = computed(() => {
    const { periodicity, regional } = this.indicator();
    const label = domainText(PERIODICITY_LABELS[periodicity]);
    return regional
      ? $localize`${label}:PERIODICITY:, mesuré au niveau national et par région`
      : $localize`${label}:PERIODICITY:, mesuré au niveau national`;
  });
  protected readonly attached = computed(() =>
    attachmentLabel(this.indicator().attachedTo),
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
    return quantityText(figure, this.indicator().unit);
  }
}
