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
import type { UserSummary } from '@boussole/domain';
import { catchError, map, of, switchMap } from 'rxjs';
import {
  LOADING,
  toLoadState,
  type LoadState,
} from '../../../core/http/load-state';
import { AuditChangesComponent } from '../../../shared/audit/audit-changes.component';
import { auditRow } from '../../../shared/audit/audit-row';
import { AuditApi, type AuditPage } from '../../../shared/audit/audit.api';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../../shared/breadcrumb.component';
import { PaginationComponent } from '../../../shared/pagination.component';
import { UrlQuery } from '../../../shared/url-query';
import { countText } from '../../../core/i18n/page-format';
import { UsersApi } from '../../users/users.api';
import { AuditFiltersComponent } from './audit-filters.component';
import {
  EMPTY_JOURNAL_QUERY,
  JOURNAL_PAGE_SIZE,
  hasJournalFilters,
  parseJournalQuery,
  toAuditQuery,
  toJournalParams,
  type AuditJournalFilters,
  type AuditJournalQuery,
} from './audit-journal-query';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** More accounts than the DGOS has: one page fills the author select. */
const PEOPLE_PAGE_SIZE = '200';

/**
 * `/administration/journal`, "Journal des modifications": the whole audit trail, newest first,
 * filtered by record, author and days from the URL's query (so a view is a link), with who,
 * when (Paris time), what, which record and the values before and after.
 */
@Component({
  selector: 'bsl-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TableFrameDirective,
    AuditChangesComponent,
    AuditFiltersComponent,
    BreadcrumbComponent,
    PaginationComponent,
    RouterLink,
  ],
  templateUrl: './audit-page.component.html',
})
export class AuditPageComponent {
  private readonly api = inject(AuditApi);
  private readonly results = viewChild<ElementRef<HTMLElement>>('results');

  protected readonly crumbs: readonly Crumb[] = [
    { label: $localize`Administration`, link: '/administration' },
    { label: $localize`Journal des modifications` },
  ];
  private readonly url = new UrlQuery<AuditJournalQuery>({
    parse: parseJournalQuery,
    empty: EMPTY_JOURNAL_QUERY,
    toParams: toJournalParams,
    results: () => this.results()?.nativeElement,
  });
  protected readonly query = this.url.value;
  /** Everyone, deactivated accounts included (their past changes stay theirs), by name. */
  protected readonly people = toSignal(
    inject(UsersApi)
      .list({ pageSize: PEOPLE_PAGE_SIZE })
      .pipe(
        map((page): UserSummary[] | null =>
          page.items
            .map(({ id, name }) => ({ id, name }))
            .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
        ),
        catchError(() => of(null)),
      ),
    { initialValue: [] },
  );
  private readonly state = toSignal(
    toObservable(computed(() => toAuditQuery(this.query()))).pipe(
      switchMap((query) => toLoadState(this.api.search(query))),
    ),
    { initialValue: LOADING },
  );
  /** The latest page received, kept on screen while the next one loads. */
  protected readonly page = linkedSignal<
    LoadState<AuditPage>,
    AuditPage | null
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
  protected readonly rows = computed(() =>
    (this.page()?.items ?? []).map(auditRow),
  );
  protected readonly pageCount = computed(() =>
    Math.max(1, Math.ceil((this.page()?.total ?? 0) / JOURNAL_PAGE_SIZE)),
  );
  protected readonly count = computed(() => {
    const total = this.page()?.total ?? 0;
    const changes = countText(
      total,
      $localize`modification`,
      $localize`modifications`,
    );
    return hasJournalFilters(this.query())
      ? $localize`${changes}:CHANGES: correspondant à ces critères`
      : $localize`${changes}:CHANGES: en tout`;
  });

  protected updateFilters(filters: AuditJournalFilters): void {
    this.url.filter(filters);
  }

  protected updatePage(page: number): void {
    this.url.toPage(page);
  }
}
