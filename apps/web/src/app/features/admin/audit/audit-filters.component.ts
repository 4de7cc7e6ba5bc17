import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import type { UserSummary } from '@boussole/domain';
import { AUDIT_ENTITY_LABELS } from '../../../shared/audit/audit-labels';
import type {
  AuditJournalFilters,
  AuditJournalQuery,
} from './audit-journal-query';

/**
 * The journal's filters: record type and id, author, first and last day. They apply together
 * on "Filtrer" (a half-typed id or day asks nothing), and follow the URL when it changes.
 */
@Component({
  selector: 'bsl-audit-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-filters.component.html',
})
export class AuditFiltersComponent {
  readonly query = input.required<AuditJournalQuery>();
  /** The people who may be authors; null when they could not be read. */
  readonly people = input.required<readonly UserSummary[] | null>();
  readonly filtersChange = output<AuditJournalFilters>();

  protected readonly entity = linkedSignal(() => this.query().entity ?? '');
  protected readonly id = linkedSignal(() => this.query().id ?? '');
  protected readonly actor = linkedSignal(() =>
    this.query().actor === null ? '' : String(this.query().actor),
  );
  protected readonly from = linkedSignal(() => this.query().from ?? '');
  protected readonly to = linkedSignal(() => this.query().to ?? '');

  /** The known record types, and the one in the URL if it is not among them. */
  protected readonly types = computed(() => {
    const known = Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({
      value,
      label,
    }));
    const current = this.query().entity;
    return current && !(current in AUDIT_ENTITY_LABELS)
      ? [...known, { value: current, label: current }]
      : known;
  });

  protected read(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const actor = Number(this.actor());
    this.filtersChange.emit({
      entity: this.entity() || null,
      id: this.id().trim() || null,
      actor: this.actor() && Number.isInteger(actor) ? actor : null,
      from: this.from() || null,
      to: this.to() || null,
    });
  }

  protected clear(): void {
    this.filtersChange.emit({
      entity: null,
      id: null,
      actor: null,
      from: null,
      to: null,
    });
  }
}
