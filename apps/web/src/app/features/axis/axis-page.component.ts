import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { loadError, loadFrom, readyValue } from '../../core/http/load-state';
import { aboutPlan, liveRefresh } from '../../core/live/live-refresh';
import { pageTitle } from '../../core/layout/page-title.strategy';
import { countText } from '../../core/i18n/page-format';
import { PaginationComponent } from '../../shared/pagination.component';
import { UrlQuery } from '../../shared/url-query';
import { RollupFigureComponent } from '../../shared/rollup-figure.component';
import { PlansApi } from '../plans/plans.api';
import { RollupApi, type ExplainSource } from '../plans/rollup.api';
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
import { ActionFiltersComponent } from '../../shared/action-list/action-filters.component';
import { ActionsTableComponent } from '../../shared/action-list/actions-table.component';
import { actionPages } from '../../shared/action-list/action-pages';
import { ObjectiveCardsComponent } from './components/objective-cards.component';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { ExportMenuComponent } from '../../shared/export-menu/export-menu.component';

/** Rows per page of the axis's actions. */
const PAGE_SIZE = 20;

/**
 * `/plans/:planId/axes/:axisId`: an axis's figures, its objectives with theirs, and its actions,
 * filtered, searched, sorted and paginated from the URL's query parameters (so a view is a link).
 */
@Component({
  selector: 'bsl-axis-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BreadcrumbComponent,
    LoadBlockComponent,
    ActionFiltersComponent,
    ActionsTableComponent,
    ExportMenuComponent,
    ObjectiveCardsComponent,
    PaginationComponent,
    RollupFigureComponent,
    RouterLink,
  ],
  templateUrl: './axis-page.component.html',
})
export class AxisPageComponent {
  readonly planId = input.required<string>();
  readonly axisId = input.required<string>();

  private readonly plansApi = inject(PlansApi);
  private readonly rollupApi = inject(RollupApi);
  private readonly actionsApi = inject(ActionsApi);
  private readonly results = viewChild<ElementRef<HTMLElement>>('results');

  private readonly url = new UrlQuery<ActionQuery>({
    parse: parseActionQuery,
    empty: EMPTY_QUERY,
    toParams: toQueryParams,
    results: () => this.results()?.nativeElement,
  });
  protected readonly query = this.url.value;
  /** Another user's write to this plan, through any replica: the page follows it. */
  private readonly live = liveRefresh(aboutPlan(this.planId));
  private readonly planState = loadFrom(
    this.planId,
    (id, refetch) => this.plansApi.get(id, refetch),
    this.live,
  );
  private readonly rollupState = loadFrom(
    this.planId,
    (id, refetch) => this.rollupApi.rollup(id, null, refetch),
    this.live,
  );
  private readonly request = computed(() =>
    toApiParams({ axis: this.axisId() }, this.query(), PAGE_SIZE),
  );
  private readonly actions = actionPages(
    this.actionsApi,
    this.request,
    this.live,
  );
  protected readonly page = this.actions.page;

  protected readonly plan = readyValue(this.planState);
  protected readonly error = loadError(this.planState);
  protected readonly axis = computed(
    () =>
      this.plan()?.axes.find((axis) => String(axis.id) === this.axisId()) ??
      null,
  );
  protected readonly axisRollup = computed(() => {
    const state = this.rollupState();
    return state.status === 'ready'
      ? (state.value.axes.find((axis) => String(axis.id) === this.axisId()) ??
          null)
      : null;
  });
  /** Where the axis's "Comment est-ce calculé ?" fetches its lists, with each new roll-up. */
  protected readonly axisSource = computed((): ExplainSource | null => {
    const state = this.rollupState();
    return state.status === 'ready'
      ? {
          planId: state.value.plan.id,
          node: `axis:${this.axisId()}`,
          asOf: state.value.asOf,
        }
      : null;
  });
  protected readonly rollupAsOf = computed(
    () => this.axisSource()?.asOf ?? null,
  );
  protected readonly rollupError = loadError(this.rollupState);
  protected readonly actionsError = this.actions.error;
  protected readonly loadingActions = this.actions.loading;
  protected readonly pageCount = computed(() =>
    Math.max(1, Math.ceil((this.page()?.total ?? 0) / PAGE_SIZE)),
  );
  protected readonly filtered = computed(() => hasFilters(this.query()));
  protected readonly crumbs = computed((): Crumb[] => {
    const axis = this.axis();
    return [
      { label: $localize`Projets stratégiques`, link: '/plans' },
      {
        label: this.plan()?.title ?? $localize`Projet stratégique`,
        link: ['/plans', this.planId()],
      },
      { label: axis ? $localize`Axe ${axis.number}:NUMBER:` : $localize`Axe` },
    ];
  });
  protected readonly counts = computed(() => {
    const axis = this.axis();
    return axis
      ? {
          objectives: countText(
            axis.objectives.length,
            $localize`objectif`,
            $localize`objectifs`,
          ),
          actions: countText(
            axis.actionCount,
            $localize`action`,
            $localize`actions`,
          ),
        }
      : null;
  });
  protected readonly figureLabel = computed(
    () => $localize`Avancement de l’axe ${this.axis()?.number}:NUMBER:`,
  );
  protected readonly filtersLabel = computed(
    () => $localize`Filtrer les actions de l’axe ${this.axis()?.number}:NUMBER:`,
  );
  protected readonly caption = computed(
    () =>
      $localize`Actions de l’axe ${this.axis()?.number}:NUMBER:, page ${this.query().page}:PAGE: sur ${this.pageCount()}:COUNT:`,
  );

  protected resultsText(total: number): string {
    const count = countText(total, $localize`action`, $localize`actions`);
    return this.filtered()
      ? $localize`${count}:COUNT: correspondant à ces critères`
      : $localize`${count}:COUNT: dans cet axe`;
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
      const axis = this.axis();
      if (axis)
        title.setTitle(
          pageTitle($localize`Axe ${axis.number}:NUMBER: – ${axis.title}:TITLE:`),
        );
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
