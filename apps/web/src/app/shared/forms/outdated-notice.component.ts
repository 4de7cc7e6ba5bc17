import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';

/**
 * Inside a form whose record another user changed while this one was typing: says so, says the
 * input is kept, and offers the new version. It does not take the focus (the user is typing); the
 * `role="status"` region around it, always in the page, makes screen readers announce it.
 */
@Component({
  selector: 'bsl-outdated-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status">
      @if (shown()) {
        <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w">
          <p>{{ text() }}</p>
          <p class="fr-text--sm fr-mb-1w">{{ hint }}</p>
          <button
            type="button"
            class="fr-btn fr-btn--secondary fr-btn--sm"
            (click)="show.emit()"
          >
            {{ buttonLabel() }}
          </button>
        </div>
      }
    </div>
  `,
})
export class OutdatedNoticeComponent {
  /** Whether a newer version is waiting (`EditedRecord.newer()` set). */
  readonly shown = input.required<boolean>();
  readonly text = input(
    $localize`Cette action a été modifiée par ailleurs\u00a0: vos saisies sont conservées.`,
  );
  readonly buttonLabel = input($localize`Voir la nouvelle version`);
  /** The user takes the new version, in place of what they typed. */
  readonly show = output<void>();

  protected readonly hint = $localize`Vous pouvez les enregistrer (les deux versions vous seront alors comparées) ou afficher la nouvelle version à leur place.`;
}
