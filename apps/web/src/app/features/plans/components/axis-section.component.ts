import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { AxisPayload } from '@boussole/domain';
import { CountPipe } from '../../../shared/count.pipe';

/** One axis of a plan: its number, title, description, sponsor, and every objective as a card. */
@Component({
  selector: 'bsl-axis-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CountPipe],
  template: `
    @let current = axis();
    <section
      class="bsl-axis fr-p-3w fr-mb-4w"
      [attr.aria-labelledby]="headingId()"
    >
      <h2 class="fr-h3 fr-mb-2w" [id]="headingId()">
        <span class="bsl-eyebrow"
          >Axe {{ current.number }}<span class="fr-sr-only"> :</span></span
        >
        {{ current.title }}
      </h2>
      @if (current.description) {
        <p>{{ current.description }}</p>
      }
      <ul class="bsl-meta fr-raw-list fr-text--sm fr-mb-3w">
        @if (current.sponsor; as sponsor) {
          <li>Sponsor : {{ sponsor.name }}</li>
        }
        <li>
          {{ current.objectives.length | bslCount: 'objectif' : 'objectifs' }}
        </li>
        <li>{{ current.actionCount | bslCount: 'action' : 'actions' }}</li>
      </ul>
      @if (current.objectives.length) {
        <ul class="fr-grid-row fr-grid-row--gutters fr-raw-list">
          @for (objective of current.objectives; track objective.id) {
            <li class="fr-col-12 fr-col-md-6 fr-col-lg-4">
              <div class="fr-card fr-card--sm">
                <div class="fr-card__body">
                  <div class="fr-card__content">
                    <h3 class="fr-card__title">{{ objective.title }}</h3>
                    @if (objective.description) {
                      <p class="fr-card__desc">{{ objective.description }}</p>
                    }
                    <div class="fr-card__start">
                      <p class="fr-card__detail">
                        Objectif {{ objective.code }}
                      </p>
                    </div>
                    <div class="fr-card__end">
                      <p class="fr-card__detail">
                        {{
                          objective.actionCount | bslCount: 'action' : 'actions'
                        }}
                      </p>
                    </div>
                  </div>
                </div>
              </div>
            </li>
          }
        </ul>
      } @else {
        <p class="fr-text--sm">
          Aucun objectif n’est encore défini pour cet axe.
        </p>
      }
    </section>
  `,
})
export class AxisSectionComponent {
  readonly axis = input.required<AxisPayload>();

  protected readonly headingId = computed(() => `axe-${this.axis().id}`);
}
