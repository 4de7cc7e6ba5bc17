import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type Decision,
  type DeploymentPayload,
  type RegionDeployment,
} from '@boussole/domain';
import { DomainTextPipe } from '../../core/i18n/domain-text';
import { dateTimeText, percentText } from '../../core/i18n/page-format';
import { DeploymentFormComponent } from '../../shared/deployments/deployment-form.component';
import { ProgressBarComponent } from '../../shared/progress-bar.component';
import { SignalTagsComponent } from '../../shared/signal-tags.component';
import { StatusBadgeComponent } from '../../shared/status-badge.component';
import { DeploymentHistoryComponent } from './deployment-history.component';

/**
 * One deployment of "Ma région": where it stands, the report made on the spot (a blank form, the
 * previous report beside it), and the region's past reports.
 */
@Component({
  selector: 'bsl-region-deployment',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DeploymentFormComponent,
    DeploymentHistoryComponent,
    DomainTextPipe,
    ProgressBarComponent,
    RouterLink,
    SignalTagsComponent,
    StatusBadgeComponent,
  ],
  styles: `
    :host {
      display: block;
      border-left: 4px solid var(--border-default-blue-france);
      padding-left: 1rem;
    }
    .bsl-facts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1.5rem;
    }
    .bsl-facts bsl-progress-bar {
      flex: 1 1 12rem;
      max-width: 24rem;
    }
    .bsl-report {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 1.5rem 2rem;
    }
    @media (max-width: 48em) {
      .bsl-report {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .bsl-previous {
      background: var(--background-alt-grey);
      padding: 1rem 1.5rem;
      align-self: start;
    }
    .bsl-pre-line {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
  template: `
    @let current = deployment();
    <h3 class="fr-h6 fr-mb-1w" [id]="headingId()">
      {{ current.actionCode }} – {{ current.actionTitle }}
    </h3>
    <div class="bsl-facts fr-mb-1w">
      <bsl-status-badge [status]="current.status" />
      <bsl-progress-bar
        [value]="current.progress"
        [label]="progressLabel()"
      />
      @if (reported()) {
        <p class="fr-badge fr-badge--sm fr-badge--success fr-mb-0" i18n>
          Renseigné pour la campagne
        </p>
      }
      @if (current.laggard) {
        <bsl-signal-tags [kinds]="['regional_laggard']" />
      }
    </div>
    <p class="fr-text--sm fr-mb-1w">
      <ng-container i18n
        >{{ median() // i18n(ph="MEDIAN") }} · Dernier rapport&nbsp;:
        {{ updated() // i18n(ph="UPDATED") }} ·</ng-container
      >&ngsp;<a
        class="fr-link fr-text--sm"
        [routerLink]="['/actions', current.actionId]"
        i18n
        >Voir l’action<span class="fr-sr-only">
          {{ current.actionCode // i18n(ph="CODE") }}</span
        ></a
      >
    </p>

    @let rights = decision();
    @if (rights.allowed) {
      <button
        type="button"
        class="fr-btn fr-btn--sm fr-btn--secondary fr-icon-edit-line fr-btn--icon-left fr-mb-2w"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="panelId()"
        (click)="reportToggle.emit()"
      >
        @if (open()) {
          <ng-container i18n>Fermer le rapport</ng-container>
        } @else {
          <ng-container i18n>Renseigner le déploiement</ng-container>
        }
        <span class="fr-sr-only">&nbsp;{{ current.actionCode }}</span>
      </button>
      <div [id]="panelId()" [hidden]="!open()">
        @if (open()) {
          <div class="bsl-report fr-mb-3w">
            <div>
              <bsl-deployment-form
                [actionId]="current.actionId"
                [deployment]="current"
                [blank]="true"
                (saved)="saved.emit($event)"
                (reloaded)="saved.emit($event)"
              />
            </div>
            <aside class="bsl-previous" [attr.aria-labelledby]="previousId()">
              <h4 class="fr-h6 fr-mb-1w" [id]="previousId()" i18n>
                Rapport précédent
              </h4>
              <p class="fr-text--sm fr-text-mention--grey fr-mb-1w">
                {{ updated() }}
              </p>
              <p class="fr-mb-1w">
                <bsl-status-badge [status]="current.status" />
                <span class="fr-ml-1w fr-text--bold">{{ progress() }}</span>
              </p>
              @if (current.narrative) {
                <p class="bsl-pre-line fr-text--sm fr-mb-0">
                  {{ current.narrative }}
                </p>
              } @else {
                <p class="fr-text--sm fr-text-mention--grey fr-mb-0" i18n>
                  Sans commentaire.
                </p>
              }
            </aside>
          </div>
        }
      </div>
    } @else {
      <p class="fr-text--sm fr-text-mention--grey fr-icon-lock-line" i18n>
        Vous consultez ce déploiement sans pouvoir le renseigner&nbsp;:
        {{ rights.reason | domainText // i18n(ph="REASON") }}
      </p>
    }

    <bsl-deployment-history
      [actionId]="current.actionId"
      [actionCode]="current.actionCode"
      [regionCode]="current.regionCode"
      [version]="current.version"
    />
  `,
})
export class RegionDeploymentComponent {
  readonly deployment = input.required<RegionDeployment>();
  /** Reported during the open cycle. */
  readonly reported = input(false);
  /** May the signed-in user report it (`deployment.update`)? */
  readonly decision = input.required<Decision>();
  /** Whether its report form is the one open on the page. */
  readonly open = input(false);
  readonly reportToggle = output<void>();
  /** Saved (or taken as someone else saved it): the deployment as the API now has it. */
  readonly saved = output<DeploymentPayload>();

  protected readonly headingId = computed(
    () => `deploiement-${this.deployment().actionId}`,
  );
  protected readonly panelId = computed(
    () => `rapport-deploiement-${this.deployment().actionId}`,
  );
  protected readonly previousId = computed(
    () => `rapport-precedent-${this.deployment().actionId}`,
  );
  protected readonly progressLabel = computed(
    () =>
      $localize`Avancement du déploiement de l’action ${this.deployment().actionCode}:CODE:`,
  );
  protected readonly progress = computed(() =>
    percentText(this.deployment().progress),
  );
  protected readonly median = computed(() => {
    const median = this.deployment().medianProgress;
    return median === null
      ? $localize`Pas de médiane des régions`
      : $localize`Médiane des régions\u00a0: ${percentText(median)}:MEDIAN:`;
  });
  protected readonly updated = computed(() => {
    const { updatedAt, updatedBy } = this.deployment();
    const when = dateTimeText(updatedAt);
    return updatedBy
      ? $localize`${when}:DATE:, par ${updatedBy.name}:NAME:`
      : when;
  });
}
