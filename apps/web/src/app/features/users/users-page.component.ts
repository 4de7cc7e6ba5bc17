import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { UserPayload } from '@boussole/domain';
import { map, switchMap } from 'rxjs';
import {
  LOADING,
  toLoadState,
  type LoadState,
} from '../../core/http/load-state';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import { CountPipe } from '../../shared/count.pipe';
import { PaginationComponent } from '../../shared/pagination.component';
import { UserFiltersComponent } from './components/user-filters.component';
import { UsersTableComponent } from './components/users-table.component';
import {
  EMPTY_USER_QUERY,
  USERS_PAGE_SIZE,
  hasUserFilters,
  parseUserQuery,
  toUserApiParams,
  toUserQueryParams,
  type UserQuery,
} from './user-query';
import { UsersApi, type ListPage } from './users.api';

/**
 * `/administration/utilisateurs`: the users, searched, filtered and paginated from the URL's query
 * parameters (so a view is a link), with the way to add one.
 */
@Component({
  selector: 'bsl-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BreadcrumbComponent,
    CountPipe,
    PaginationComponent,
    RouterLink,
    UserFiltersComponent,
    UsersTableComponent,
  ],
  templateUrl: './users-page.component.html',
})
export class UsersPageComponent {
  private readonly api = inject(UsersApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly results = viewChild<ElementRef<HTMLElement>>('results');

  protected readonly crumbs: readonly Crumb[] = [
    { label: 'Administration', link: '/administration' },
    { label: 'Utilisateurs' },
  ];
  protected readonly query = toSignal(
    this.route.queryParams.pipe(map(parseUserQuery)),
    { initialValue: EMPTY_USER_QUERY },
  );
  private readonly request = computed(() => toUserApiParams(this.query()));
  private readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap((params) => toLoadState(this.api.list(params))),
    ),
    { initialValue: LOADING },
  );
  /** The latest page received, kept on screen while the next one loads. */
  protected readonly page = linkedSignal<
    LoadState<ListPage<UserPayload>>,
    ListPage<UserPayload> | null
  >({
    source: this.state,
    computation: (state, previous) =>
      state.status === 'ready'
        ? state.value
        : state.status === 'loading'
          ? (previous?.value ?? null)
          : null,
  });
  protected readonly loading = computed(
    () => this.state().status === 'loading',
  );
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  protected readonly pageCount = computed(() =>
    Math.max(1, Math.ceil((this.page()?.total ?? 0) / USERS_PAGE_SIZE)),
  );
  protected readonly filtered = computed(() => hasUserFilters(this.query()));

  protected updateFilters(patch: Partial<UserQuery>): void {
    // A search replaces the history entry: one per key typed would be useless on "back".
    this.navigate({ ...this.query(), ...patch, page: 1 }, 'q' in patch);
  }

  protected updatePage(page: number): void {
    this.navigate({ ...this.query(), page });
    // Bring the reader back to the top of the list, as the page below has changed.
    const results = this.results()?.nativeElement;
    results?.scrollIntoView?.({ block: 'start' });
    results?.focus({ preventScroll: true });
  }

  private navigate(query: UserQuery, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toUserQueryParams(query),
      replaceUrl,
      scroll: 'manual',
    });
  }
}
