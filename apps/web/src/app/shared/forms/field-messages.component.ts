import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A field's DSFR messages group (`fr-messages-group`), announced politely; used on a `<div>`. */
@Component({
  selector: 'div[bslFieldMessages]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'fr-messages-group', 'aria-live': 'polite' },
  template: `
    @if (error(); as message) {
      <p class="fr-message fr-message--error fr-error-text">{{ message }}</p>
    }
  `,
})
export class FieldMessagesComponent {
  readonly error = input<string | null | undefined>(undefined);
}
