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
import { RouterLink } from '@angular/router';
import type { UserPayload } from '@boussole/domain';
import { switchMap } from 'rxjs';
import {
  LOADING,
  toLoadState,
  type LoadState,
} from '../../core/http/load-state';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import { countText } from '../../core/i18n/page-format';
import { PaginationComponent } from '../../shared/pagination.component';
import { UrlQuery } from '../../shared/url-query';
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
    PaginationComponent,
    RouterLink,
    UserFiltersComponent,
    UsersTableComponent,
  ],
  templateUrl: './users-page.component.html',
})
export class UsersPageComponent {
  private readonly api = inject(UsersApi);
  private readonly results = viewChild<ElementRef<HTMLElement>>('results');

  protected readonly crumbs: readonly Crumb[] = [
    { label: $localize`Administration`, link: '/administration' },
    { label: $localize`Utilisateurs` },
  ];
  private readonly url = new UrlQuery<UserQuery>({
    parse: parseUserQuery,
    empty: EMPTY_USER_QUERY,
    toParams: toUserQueryParams,
    results: () => this.results()?.nativeElement,
  });
  protected readonly query = this.url.value;
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
  /** "12 utilisateurs correspondant à ces critères", said when a page arrives. */
  protected readonly summary = computed(() => {
    const total = this.page()?.total ?? 0;
    const count = countText(
      total,
      $localize`utilisateur`,
      $localize`utilisateurs`,
    );
    return this.filtered()
      ? $localize`${count}:COUNT: correspondant à ces critères`
      : $localize`${count}:COUNT: en tout`;
  });
  protected readonly caption = computed(
    () =>
      $localize`Utilisateurs, page ${this.query().page}:PAGE: sur ${this.pageCount()}:PAGE_COUNT:`,
  );

  protected updateFilters(patch: Partial<UserQuery>): void {
    this.url.filter(patch);
  }

  protected updatePage(page: number): void {
    this.url.toPage(page);
  }
}
