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
          <li>
            {{ change.field }}&nbsp;:
            {{ change.before ?? 'vide' }}
            <span aria-hidden="true">→</span
            ><span class="fr-sr-only"> devient</span>
            {{ change.after ?? 'vide' }}
          </li>
        }
      </ul>
    } @else {
      Aucun détail
    }
  `,
})
export class AuditChangesComponent {
  readonly changes = input.required<readonly AuditChange[]>();
}
