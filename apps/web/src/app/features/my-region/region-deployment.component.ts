import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  formatDateTimeFr,
  formatPercentFr,
  type Decision,
  type DeploymentPayload,
  type RegionDeployment,
} from '@boussole/domain';
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
        [label]="'Avancement du déploiement de l’action ' + current.actionCode"
      />
      @if (reported()) {
        <p class="fr-badge fr-badge--sm fr-badge--success fr-mb-0">
          Renseigné pour la campagne
        </p>
      }
      @if (current.laggard) {
        <bsl-signal-tags [kinds]="['regional_laggard']" />
      }
    </div>
    <p class="fr-text--sm fr-mb-1w">
      {{ median() }} · Dernier rapport&nbsp;: {{ updated() }} ·
      <a
        class="fr-link fr-text--sm"
        [routerLink]="['/actions', current.actionId]"
        >Voir l’action<span class="fr-sr-only">
          {{ current.actionCode }}</span
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
        {{ open() ? 'Fermer le rapport' : 'Renseigner le déploiement' }}
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
              <h4 class="fr-h6 fr-mb-1w" [id]="previousId()">
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
                <p class="fr-text--sm fr-text-mention--grey fr-mb-0">
                  Sans commentaire.
                </p>
              }
            </aside>
          </div>
        }
      </div>
    } @else {
      <p class="fr-text--sm fr-text-mention--grey fr-icon-lock-line">
        Vous consultez ce déploiement sans pouvoir le renseigner&nbsp;:
        {{ rights.reason }}
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
  protected readonly progress = computed(() =>
    formatPercentFr(this.deployment().progress),
  );
  protected readonly median = computed(() => {
    const median = this.deployment().medianProgress;
    return median === null
      ? 'Pas de médiane des régions'
      : `Médiane des régions\u00a0: ${formatPercentFr(median)}`;
  });
  protected readonly updated = computed(() => {
    const { updatedAt, updatedBy } = this.deployment();
    const when = formatDateTimeFr(updatedAt);
    return updatedBy ? `${when}, par ${updatedBy.name}` : when;
  });
}
