import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { REGIONS, ROLES, ROLE_LABELS, UNITS, isRole } from '@boussole/domain';
import { Subject, debounceTime } from 'rxjs';
import type { UserQuery } from '../user-query';

/** Wait after the last key before searching, so that typing does not send a request per key. */
export const USER_SEARCH_DEBOUNCE_MS = 300;

/** The search and filters of the users list: name or e-mail, role, unit, region, state. */
@Component({
  selector: 'bsl-user-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-filters.component.html',
})
export class UserFiltersComponent {
  readonly query = input.required<UserQuery>();
  /** Filters changed; a search also asks to replace the history entry. */
  readonly filtersChange = output<Partial<UserQuery>>();

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly units = UNITS;
  protected readonly regions = REGIONS;
  /** The search text as typed, ahead of the URL by the debounce. */
  protected readonly draft = signal('');
  private lastSearch: string | null = null;
  private readonly typed = new Subject<string>();

  constructor() {
    // Follow the URL (back button, links) without overwriting what is being typed.
    effect(() => {
      const q = this.query().q;
      if (q !== this.lastSearch) {
        this.lastSearch = q;
        this.draft.set(q);
      }
    });
    const subscription = this.typed
      .pipe(debounceTime(USER_SEARCH_DEBOUNCE_MS))
      .subscribe((q) => this.search(q));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected onType(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.draft.set(value);
    this.typed.next(value);
  }

  /** Enter searches at once. */
  protected submit(event: Event): void {
    event.preventDefault();
    this.search(this.draft());
  }

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
    this.lastSearch = '';
    this.draft.set('');
    this.filtersChange.emit({
      q: '',
      role: null,
      unit: null,
      region: null,
      active: null,
    });
  }

  private search(q: string): void {
    const trimmed = q.trim();
    if (trimmed === this.query().q) return;
    this.lastSearch = trimmed;
    this.filtersChange.emit({ q: trimmed });
  }
}
