import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { StatusUpdatePayload } from '@boussole/domain';

/**
 * The texts of a status update: narrative, next steps, blockers. Plain text with its line breaks
 * kept by CSS (never rendered as HTML).
 */
@Component({
  selector: 'bsl-update-texts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .bsl-pre-line {
      white-space: pre-line;
    }
  `,
  template: `
    @let current = update();
    @if (current.narrative) {
      <p class="bsl-pre-line">{{ current.narrative }}</p>
    } @else {
      <p class="fr-text-mention--grey" i18n>Pas de commentaire.</p>
    }
    @if (current.nextSteps) {
      <p class="fr-text--bold fr-mb-1v" i18n>Prochaines étapes</p>
      <p class="bsl-pre-line">{{ current.nextSteps }}</p>
    }
    @if (current.blockers) {
      <p class="fr-text--bold fr-mb-1v" i18n>Points de blocage</p>
      <p class="bsl-pre-line">{{ current.blockers }}</p>
    }
  `,
})
export class UpdateTextsComponent {
  readonly update = input.required<StatusUpdatePayload>();
}
