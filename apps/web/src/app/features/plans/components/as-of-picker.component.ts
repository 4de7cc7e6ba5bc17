import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import type { IsoDate } from '@boussole/domain';
import { isPlausibleDate } from '../../../shared/dates';

/**
 * "Situation au": the date the dashboard's figures are as of, a compact field beside the title.
 * Today by default; a past date shows the figures of that day (DESIGN §3 "as of a date"), which
 * the page says plainly, with a way back to today.
 */
@Component({
  selector: 'bsl-as-of-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-input-group fr-mb-0 bsl-as-of">
      <label class="fr-label" for="situation-au">
        <ng-container i18n>Situation au</ng-container>&ngsp;<span class="fr-hint-text fr-sr-only" i18n
          >Choisissez une date passée pour revoir les chiffres de ce
          jour-là.</span
        >
      </label>
      <input
        class="fr-input"
        type="date"
        id="situation-au"
        [value]="asOf() ?? today()"
        [max]="today()"
        (change)="pick($event)"
      />
    </div>
  `,
  styles: `
    /* One line beside the heading: the label, then the field. */
    .bsl-as-of {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .bsl-as-of .fr-label {
      margin: 0;
    }
    .bsl-as-of .fr-input {
      width: 10rem;
      margin-top: 0;
      padding-top: 0.25rem;
      padding-bottom: 0.25rem;
    }
  `,
})
export class AsOfPickerComponent {
  /** The past date shown, or null for today. */
  readonly asOf = input.required<IsoDate | null>();
  readonly today = input.required<IsoDate>();
  /** A past date, or null to come back to today. */
  readonly asOfChange = output<IsoDate | null>();

  protected pick(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    // Cleared: today. A date still being typed: wait for the next change.
    if (value === '') this.asOfChange.emit(null);
    else if (isPlausibleDate(value))
      this.asOfChange.emit(value < this.today() ? value : null);
  }
}
