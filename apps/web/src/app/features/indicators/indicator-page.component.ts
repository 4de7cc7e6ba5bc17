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
import type { IndicatorDetail } from '@boussole/domain';
import {
  catchError,
  combineLatest,
  distinctUntilChanged,
  map,
  of,
  switchMap,
} from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { DomainTextPipe } from '../../core/i18n/domain-text';
import {
  LOADING,
  toLoadState,
  type LoadState,
} from '../../core/http/load-state';
import { pageTitle } from '../../core/layout/page-title.strategy';
import { AuditHistoryComponent } from '../../shared/audit/audit-history.component';
import { actorOf } from '../../shared/comments/comment-permissions';
import { todayIso } from '../../shared/dates';
import { IndicatorAchievementComponent } from './components/indicator-achievement.component';
import { IndicatorChartComponent } from './components/indicator-chart.component';
import { IndicatorFactsComponent } from './components/indicator-facts.component';
import { MeasurementFormComponent } from './components/measurement-form.component';
import { measurementScopes } from './components/measurement-validation';
import { MeasurementsDataComponent } from './components/measurements-data.component';
import { RegionalAchievementsComponent } from './components/regional-achievements.component';
import { IndicatorsApi } from './indicators.api';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import { LoadBlockComponent } from '../../shared/load-block.component';

/**
 * `/indicateurs/:id`: an indicator's achievement and how it is computed, its course on a chart
 * (with a region to compare), its values region by region, and the entry of a new measurement.
 */
@Component({
  selector: 'bsl-indicator-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AuditHistoryComponent,
    BreadcrumbComponent,
    DomainTextPipe,
    LoadBlockComponent,
    IndicatorAchievementComponent,
    IndicatorChartComponent,
    IndicatorFactsComponent,
    MeasurementFormComponent,
    MeasurementsDataComponent,
    RegionalAchievementsComponent,
    RouterLink,
  ],
  templateUrl: './indicator-page.component.html',
})
export class IndicatorPageComponent {
  /** The indicator's id (route parameter). */
  readonly id = input.required<string>();

  private readonly api = inject(IndicatorsApi);
  private readonly user = inject(AuthService).user;

  protected readonly today = todayIso();
  /** Bumped after a measurement is saved, to fetch the new figures. */
  private readonly reload = signal(0);
  private readonly state = toSignal(
    combineLatest([toObservable(this.id), toObservable(this.reload)]).pipe(
      switchMap(([id]) => toLoadState(this.api.get(id))),
    ),
    { initialValue: LOADING },
  );
  /** The indicator shown, kept while the figures are fetched again. */
  protected readonly indicator = linkedSignal<
    LoadState<IndicatorDetail>,
    IndicatorDetail | null
  >({
    source: this.state,
    computation: (state, previous) =>
      state.status === 'ready'
        ? state.value
        : state.status === 'loading'
          ? (previous?.value ?? null)
          : null,
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  protected readonly compare = signal<string | null>(null);
  protected readonly crumbs = computed((): Crumb[] => [
    { label: $localize`Indicateurs`, link: '/indicateurs' },
    { label: this.indicator()?.name ?? $localize`Indicateur` },
  ]);

  /** The owning unit of the action the indicator is attached to; `undefined` while asked. */
  private readonly unit = toSignal(
    toObservable(
      computed(() => {
        const attached = this.indicator()?.attachedTo;
        return attached?.kind === 'action' ? attached.id : null;
      }),
    ).pipe(
      distinctUntilChanged(),
      switchMap((actionId) =>
        actionId === null
          ? of(null)
          : this.api.actionUnit(actionId).pipe(
              map((code): string | null => code),
              catchError(() => of(null)),
            ),
      ),
    ),
    { initialValue: undefined },
  );
  protected readonly scopes = computed(() => {
    const indicator = this.indicator();
    const unit = this.unit();
    if (!indicator || unit === undefined) return null;
    return measurementScopes(actorOf(this.user()), indicator, unit);
  });
  protected readonly mayEnter = computed(() => {
    const scopes = this.scopes();
    return !!scopes && (scopes.national.allowed || scopes.regions.length > 0);
  });

  protected readonly denial = computed(() => {
    const national = this.scopes()?.national;
    return national && !national.allowed ? national.reason : null;
  });

  constructor() {
    const title = inject(Title);
    effect(() => {
      const indicator = this.indicator();
      if (indicator)
        title.setTitle(pageTitle($localize`${indicator.name}:NAME: – Indicateurs`));
    });
  }

  protected onSaved(): void {
    this.reload.update((n) => n + 1);
  }
}
