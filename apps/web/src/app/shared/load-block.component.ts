import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * What a page or a section shows while its data is not there: the loading status, or once the
 * request failed, an error alert with `failure` as its title and the API's message. Content put
 * inside (a way back, say) is shown under the alert only. `compact`: a small alert in one
 * sentence, for a section inside a page.
 */
@Component({
  selector: 'bsl-load-block',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // A block, so that a margin class on it spaces it from what follows.
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    @if (error(); as message) {
      @if (compact()) {
        <div class="fr-alert fr-alert--error fr-alert--sm" role="alert">
          <p>{{ failure() }} {{ message }}</p>
        </div>
      } @else {
        <div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
          <h2 class="fr-alert__title">{{ failure() }}</h2>
          <p>{{ message }}</p>
        </div>
      }
      <ng-content />
    } @else {
      <p role="status">{{ loading() }}</p>
    }
  `,
})
export class LoadBlockComponent {
  /** The message of the failed request; null while loading. */
  readonly error = input<string | null | undefined>(null);
  /** E.g. "L’action n’a pas pu être affichée" (compact: "… affichée."). */
  readonly failure = input.required<string>();
  /** E.g. "Chargement de l’action…". */
  readonly loading = input.required<string>();
  readonly compact = input(false);
}
