import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  can,
  type ActionDetail,
  type Actor,
  type StatusUpdatePayload,
  type StatusUpdateResponse,
} from '@boussole/domain';
import {
  catchError,
  combineLatest,
  distinctUntilChanged,
  filter,
  map,
  of,
  switchMap,
} from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { DomainTextPipe } from '../../core/i18n/domain-text';
import {
  LOADING,
  loadFrom,
  toLoadState,
  type LoadState,
} from '../../core/http/load-state';
import { actionIdOf, isDataEvent } from '../../core/live/live-event';
import { liveRefresh } from '../../core/live/live-refresh';
import { pageTitle } from '../../core/layout/page-title.strategy';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import { AuditHistoryComponent } from '../../shared/audit/audit-history.component';
import { CommentThreadComponent } from '../../shared/comments/comment-thread.component';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { ActionApi } from './action.api';
import { archivedReason } from './archived-reason';
import { ActionHeaderComponent } from './components/action-header.component';
import { ActionIndicatorsComponent } from './components/action-indicators.component';
import { ActionMilestonesComponent } from './components/action-milestones.component';
import { ActionStateComponent } from './components/action-state.component';
import { ActionTimelineComponent } from './components/action-timeline.component';
import { RegionalDeploymentsComponent } from './components/regional-deployments.component';
import { UpdateFormComponent } from './components/update-form.component';
import { withStatusUpdate } from './with-status-update';

/** `/actions/:id`: an action, where it stands, its history, milestones and indicators, the form
 * to post a status update for those who may, its regional roll-out (regional actions) and its
 * comments. */
@Component({
  selector: 'bsl-action-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BreadcrumbComponent,
    LoadBlockComponent,
    ActionHeaderComponent,
    ActionIndicatorsComponent,
    ActionMilestonesComponent,
    ActionStateComponent,
    ActionTimelineComponent,
    AuditHistoryComponent,
    CommentThreadComponent,
    DomainTextPipe,
    RegionalDeploymentsComponent,
    RouterLink,
    UpdateFormComponent,
  ],
  templateUrl: './action-page.component.html',
})
export class ActionPageComponent {
  /** The action's id (route parameter). */
  readonly id = input.required<string>();

  private readonly api = inject(ActionApi);
  private readonly user = inject(AuthService).user;

  /**
   * A write about this action through any replica, or to its plan's structure (it may have moved,
   * or the plan been archived): the page follows it, a form being typed in keeps its input.
   */
  private readonly live = liveRefresh(
    (event) =>
      actionIdOf(event) === Number(this.id()) ||
      (!isDataEvent(event) && event.planId === this.action()?.planId),
  );
  private readonly loaded = loadFrom(
    this.id,
    (id) => this.api.get(id),
    this.live,
  );
  /** The action shown; replaced by the API's answer after an update or a conflict. */
  protected readonly action = linkedSignal<ActionDetail | null>(() => {
    const state = this.loaded();
    return state.status === 'ready' ? state.value : null;
  });
  /** On an archived plan the comments may only be read (the update form says so itself). */
  protected readonly archivedReason = computed(() => {
    const action = this.action();
    return action ? archivedReason(action) : null;
  });
  protected readonly error = computed(() => {
    const state = this.loaded();
    return state.status === 'error' ? state.message : null;
  });

  /** Bumped to fetch the history again, without going back to "loading". */
  private readonly historyVersion = signal(0);
  protected readonly history = toSignal(
    combineLatest([
      toObservable(this.id),
      toObservable(computed(() => this.historyVersion() + this.live())),
    ]).pipe(
      switchMap(([id, version]) =>
        toLoadState(this.api.history(id)).pipe(
          filter((state) => version === 0 || state.status !== 'loading'),
        ),
      ),
    ),
    { initialValue: LOADING as LoadState<StatusUpdatePayload[]> },
  );

  private readonly planId = computed(() => this.action()?.planId ?? null);
  /** For the breadcrumb only: without it, the breadcrumb says "Projet stratégique". */
  protected readonly planTitle = toSignal(
    toObservable(this.planId).pipe(
      distinctUntilChanged(),
      switchMap((planId) =>
        planId === null
          ? of(null)
          : this.api.plan(planId).pipe(
              map((plan) => plan.title),
              catchError(() => of(null)),
            ),
      ),
    ),
    { initialValue: null },
  );

  /** May the signed-in user post a status update? The same policy as the API's (DESIGN §4). */
  protected readonly updateDecision = computed(() => {
    const action = this.action();
    const user = this.user();
    const actor: Actor | null = user && {
      id: user.id,
      role: user.role,
      unitCode: user.unit?.code ?? null,
      regionCode: user.regionCode,
    };
    return can(actor, 'action.update', { unitCode: action?.unit.code ?? null });
  });

  constructor() {
    const title = inject(Title);
    effect(() => {
      const action = this.action();
      if (action) {
        title.setTitle(pageTitle(`${action.code} – ${action.title}`));
      }
    });
  }

  protected readonly crumbs = computed((): Crumb[] => {
    const action = this.action();
    const plans: Crumb = { label: $localize`Projets stratégiques`, link: '/plans' };
    if (!action) {
      return [plans, { label: $localize`Action` }];
    }
    return [
      plans,
      {
        label: this.planTitle() ?? $localize`Projet stratégique`,
        link: ['/plans', action.planId],
      },
      // The axis page, as the dashboard's feature routes it.
      {
        label: $localize`Axe ${action.axis.number}:NUMBER:`,
        link: ['/plans', action.planId, 'axes', action.axis.id],
      },
      { label: action.code },
    ];
  });

  protected onSaved(response: StatusUpdateResponse): void {
    this.action.update(
      (current) => current && withStatusUpdate(current, response),
    );
    this.historyVersion.update((version) => version + 1);
  }

  protected onReplaced(current: ActionDetail): void {
    this.action.set(current);
    this.historyVersion.update((version) => version + 1);
  }
}
