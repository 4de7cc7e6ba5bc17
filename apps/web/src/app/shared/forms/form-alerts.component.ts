import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The notices above a form: a success or an information (in a `role="status"` region, so that
 * screen readers hear them), and the error alert (`role="alert"`), each shown while its text is set.
 * A form's own confirmation goes beside its submit button instead (`bsl-save-notice`); `success`
 * here is for a page's notice after a dialog's form has closed, the focus then on what changed.
 */
@Component({
  selector: 'bsl-form-alerts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status">
      @if (success(); as text) {
        <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w">
          <p>{{ text }}</p>
        </div>
      }
      @if (info(); as text) {
        <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
          <p>{{ text }}</p>
        </div>
      }
    </div>
    @if (error(); as text) {
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
        <p>{{ text }}</p>
      </div>
    }
  `,
})
export class FormAlertsComponent {
  readonly success = input<string | null>(null);
  readonly info = input<string | null>(null);
  readonly error = input<string | null>(null);
}
