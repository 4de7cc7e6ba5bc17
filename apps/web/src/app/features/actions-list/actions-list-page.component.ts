import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { loadError, loadFrom, readyValue } from '../../core/http/load-state';
import { countText } from '../../core/i18n/page-format';
import { pageTitle } from '../../core/layout/page-title.strategy';
import { ActionFiltersComponent } from '../../shared/action-list/action-filters.component';
import {
  EMPTY_QUERY,
  hasFilters,
  parseActionQuery,
  toApiParams,
  toQueryParams,
  type ActionQuery,
  type SortParam,
} from '../../shared/action-list/action-query';
import { ActionsApi } from '../../shared/action-list/actions.api';
import { ActionsTableComponent } from '../../shared/action-list/actions-table.component';
import { actionPages } from '../../shared/action-list/action-pages';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { PaginationComponent } from '../../shared/pagination.component';
import { UrlQuery } from '../../shared/url-query';
import { PlansApi } from '../plans/plans.api';

/** Rows per page: the page the API answers fastest (DESIGN §7). */
export const PAGE_SIZE = 50;

/**
 * `/plans/:planId/actions`: every action of the plan in one list, filtered by axis, objective,
 * unit, owner, météo, signal, region and text, sorted and paginated from the URL's query (so a
 * view is a link: the dashboard's signal counts lead here). Arriving with filters, the focus goes
 * to the results.
 */
@Component({
  selector: 'bsl-actions-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ActionFiltersComponent,
    ActionsTableComponent,
    BreadcrumbComponent,
    LoadBlockComponent,
    PaginationComponent,
    RouterLink,
  ],
  templateUrl: './actions-list-page.component.html',
  styles: `
    /* md and up: the filters always shown, no button to fold them. */
    @media (min-width: 48em) {
      .bsl-filters-toggle {
        display: none;
      }
    }
    @media (max-width: 47.99em) {
      .bsl-filters--folded {
        display: none;
      }
    }
  `,
})
export class ActionsListPageComponent {
  readonly planId = input.required<string>();

  private readonly plansApi = inject(PlansApi);
  private readonly actionsApi = inject(ActionsApi);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  /** A link with filters brought the reader here for its results: focus them once shown. */
  private focusResults = hasFilters(
    parseActionQuery(inject(ActivatedRoute).snapshot.queryParams),
  );

  private readonly url = new UrlQuery<ActionQuery>({
    parse: parseActionQuery,
    empty: EMPTY_QUERY,
    toParams: toQueryParams,
    results: () => this.heading()?.nativeElement,
  });
  protected readonly query = this.url.value;
  private readonly planState = loadFrom(this.planId, (id) =>
    this.plansApi.get(id),
  );
  private readonly request = computed(() =>
    toApiParams({ plan: this.planId() }, this.query(), PAGE_SIZE),
  );
  private readonly actions = actionPages(this.actionsApi, this.request);
  protected readonly page = this.actions.page;

  protected readonly plan = readyValue(this.planState);
  protected readonly error = loadError(this.planState);
  protected readonly actionsError = this.actions.error;
  protected readonly loadingActions = this.actions.loading;
  protected readonly pageCount = computed(() =>
    Math.max(1, Math.ceil((this.page()?.total ?? 0) / PAGE_SIZE)),
  );
  protected readonly filtered = computed(() => hasFilters(this.query()));
  /** On a small screen, whether the filters are unfolded. */
  protected readonly filtersOpen = signal(false);
  /** How many filters narrow the list, for the folded filters' button. */
  protected readonly filterCount = computed(() => {
    const q = this.query();
    return (
      [
        q.axis,
        q.objective,
        q.unit,
        q.owner,
        q.status,
        q.region,
        q.q.trim(),
      ].filter(Boolean).length + q.signals.length
    );
  });
  protected readonly crumbs = computed((): Crumb[] => [
    { label: $localize`Projets stratégiques`, link: '/plans' },
    {
      label: this.plan()?.title ?? $localize`Projet stratégique`,
      link: ['/plans', this.planId()],
    },
    { label: $localize`Actions` },
  ]);
  protected readonly filtersToggleText = computed(() => {
    const toggle = this.filtersOpen()
      ? $localize`Masquer les filtres`
      : $localize`Afficher les filtres`;
    const count = this.filterCount();
    if (count === 0) return toggle;
    const active =
      count > 1
        ? $localize`${count}:COUNT: actifs`
        : $localize`${count}:COUNT: actif`;
    return `${toggle} (${active})`;
  });
  protected readonly caption = computed(
    () =>
      $localize`Actions du projet, page ${this.query().page}:PAGE: sur ${this.pageCount()}:COUNT:`,
  );

  protected resultsText(total: number): string {
    const count = countText(total, $localize`action`, $localize`actions`);
    return this.filtered()
      ? $localize`${count}:COUNT: correspondant à ces critères`
      : $localize`${count}:COUNT: dans ce projet`;
  }

  /** The person the list is narrowed to, named as the rows name them. */
  protected readonly ownerName = computed(() => {
    const owner = this.query().owner;
    return (
      this.page()?.items.find((a) => String(a.owner?.id) === owner)?.owner
        ?.name ?? null
    );
  });

  constructor() {
    const title = inject(Title);
    effect(() => {
      const plan = this.plan();
      if (plan) title.setTitle(pageTitle($localize`Actions – ${plan.title}:PLAN:`));
    });
    afterRenderEffect(() => {
      const heading = this.heading()?.nativeElement;
      if (this.focusResults && heading && this.page()) {
        this.focusResults = false;
        heading.focus();
      }
    });
  }

  protected updateFilters(patch: Partial<ActionQuery>): void {
    this.url.filter(patch);
  }

  protected updateSort(sort: SortParam): void {
    this.url.filter({ sort });
  }

  protected updatePage(page: number): void {
    this.url.toPage(page);
  }
}
