import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { REGIONS, ROLES, UNITS, isRole } from '@boussole/domain';
import { SearchDraft } from '../../../shared/search-draft';
import { roleLabel } from '../user-format';
import type { UserQuery } from '../user-query';
import { DomainTextPipe } from '../../../core/i18n/domain-text';

/** The search and filters of the users list: name or e-mail, role, unit, region, state. */
@Component({
  selector: 'bsl-user-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DomainTextPipe],
  templateUrl: './user-filters.component.html',
})
export class UserFiltersComponent {
  readonly query = input.required<UserQuery>();
  /** Filters changed; a search also asks to replace the history entry. */
  readonly filtersChange = output<Partial<UserQuery>>();

  protected readonly roles = ROLES;
  protected readonly roleLabel = roleLabel;
  protected readonly units = UNITS;
  protected readonly regions = REGIONS;
  /** The search box, ahead of the URL by the debounce. */
  protected readonly search = new SearchDraft(
    () => this.query().q,
    (q) => this.filtersChange.emit({ q }),
  );

  protected select(
    name: 'role' | 'unit' | 'region' | 'active',
    event: Event,
  ): void {
    const value = (event.target as HTMLSelectElement).value || null;
    switch (name) {
      case 'role':
        this.filtersChange.emit({ role: isRole(value) ? value : null });
        break;
      case 'active':
        this.filtersChange.emit({
          active: value === 'true' ? true : value === 'false' ? false : null,
        });
        break;
      default:
        this.filtersChange.emit({ [name]: value });
    }
  }

  protected clear(): void {
    this.search.clear();
    this.filtersChange.emit({
      q: '',
      role: null,
      unit: null,
      region: null,
      active: null,
    });
  }
}
