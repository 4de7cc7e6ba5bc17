import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AuditChange } from './audit-labels';

/**
 * The fields an audit event changed, each "before → after" (the arrow read as "devient"), as
 * text: stored values are never rendered as markup. Shared by the record's panel and the journal.
 */
@Component({
  selector: 'bsl-audit-changes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (changes().length) {
      <ul class="fr-my-0">
        @for (change of changes(); track $index) {
          <li i18n>
            {{ change.field // i18n(ph="FIELD") }}&nbsp;:
            {{ change.before ?? empty // i18n(ph="BEFORE") }}
            <span aria-hidden="true">→</span
            ><span class="fr-sr-only"> devient</span>
            {{ change.after ?? empty // i18n(ph="AFTER") }}
          </li>
        }
      </ul>
    } @else {
      <ng-container i18n>Aucun détail</ng-container>
    }
  `,
})
export class AuditChangesComponent {
  readonly changes = input.required<readonly AuditChange[]>();
  protected readonly empty = $localize`vide`;
}
