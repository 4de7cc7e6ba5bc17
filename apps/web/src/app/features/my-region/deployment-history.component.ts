import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { DeploymentReport } from '@boussole/domain';
import { EMPTY, combineLatest, switchMap } from 'rxjs';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { dateTimeText, percentText } from '../../core/i18n/page-format';
import { DeploymentsApi } from '../../shared/deployments/deployments.api';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { StatusBadgeComponent } from '../../shared/status-badge.component';

/**
 * "Historique des rapports": the region's past reports on one deployment, in a DSFR accordion,
 * fetched when first opened and again after each new report (its version changes).
 */
@Component({
  selector: 'bsl-deployment-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadBlockComponent, StatusBadgeComponent],
  styles: `
    .bsl-history {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .bsl-history li {
      border-left: 2px solid var(--border-default-grey);
      padding: 0 0 1rem 1rem;
    }
    .bsl-pre-line {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
  template: `
    <section class="fr-accordion">
      <h4 class="fr-accordion__title">
        <button
          type="button"
          class="fr-accordion__btn"
          [attr.aria-expanded]="open()"
          [attr.aria-controls]="panelId()"
          (click)="toggle()"
          i18n
        >
          Historique des rapports de la région
          <span class="fr-sr-only"
            >&nbsp;pour l’action {{ actionCode() // i18n(ph="CODE") }}</span
          >
        </button>
      </h4>
      <div class="fr-px-2w fr-pt-2w" [id]="panelId()" [hidden]="!open()">
        @if (reports(); as list) {
          <ol class="bsl-history">
            @for (report of list; track $index) {
              <li>
                <p class="fr-text--sm fr-text-mention--grey fr-mb-1v">
                  {{ when(report) }}
                </p>
                <p class="fr-mb-1v">
                  <bsl-status-badge [status]="report.status" />
                  <span class="fr-ml-1w fr-text--bold">{{
                    percent(report.progress)
                  }}</span>
                </p>
                @if (report.narrative) {
                  <p class="bsl-pre-line fr-text--sm fr-mb-0">
                    {{ report.narrative }}
                  </p>
                } @else {
                  <p class="fr-text--sm fr-text-mention--grey fr-mb-0" i18n>
                    Sans commentaire.
                  </p>
                }
              </li>
            }
          </ol>
        } @else {
          <bsl-load-block
            [error]="error()"
            failure="L’historique n’a pas pu être affiché"
            i18n-failure
            loading="Chargement de l’historique…"
            i18n-loading
          />
        }
      </div>
    </section>
  `,
})
export class DeploymentHistoryComponent {
  readonly actionId = input.required<number>();
  readonly actionCode = input.required<string>();
  readonly regionCode = input.required<string>();
  /** The deployment's version: a new one (a report just saved) fetches the history again. */
  readonly version = input.required<number>();

  private readonly api = inject(DeploymentsApi);
  protected readonly open = signal(false);
  /** Fetched only once the accordion has been opened. */
  private readonly wanted = signal(false);

  protected readonly panelId = computed(
    () => `historique-deploiement-${this.actionId()}`,
  );

  private readonly state = toSignal(
    combineLatest([toObservable(this.wanted), toObservable(this.version)]).pipe(
      switchMap(([wanted]) =>
        wanted
          ? toLoadState(this.api.history(this.actionId(), this.regionCode()))
          : EMPTY,
      ),
    ),
    { initialValue: LOADING },
  );
  protected readonly reports = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value.reports : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });

  protected toggle(): void {
    this.open.update((open) => !open);
    this.wanted.set(true);
  }

  protected when(report: DeploymentReport): string {
    if (!report.reportedAt) return $localize`Avant le premier rapport enregistré`;
    const at = dateTimeText(report.reportedAt);
    return report.author
      ? $localize`${at}:DATE:, par ${report.author.name}:NAME:`
      : at;
  }

  protected percent(value: number): string {
    return percentText(value);
  }
}
