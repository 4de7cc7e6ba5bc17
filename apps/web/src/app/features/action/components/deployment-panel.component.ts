import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Decision, DeploymentPayload } from '@boussole/domain';
import { dateTimeText, percentText } from '../../../core/i18n/page-format';
import { DomainTextPipe } from '../../../core/i18n/domain-text';
import { CommentThreadComponent } from '../../../shared/comments/comment-thread.component';
import { SignalTagsComponent } from '../../../shared/signal-tags.component';
import { StatusBadgeComponent } from '../../../shared/status-badge.component';
import { DeploymentFormComponent } from '../../../shared/deployments/deployment-form.component';
import { inRegion } from '../../../shared/region-place';

/**
 * One region's deployment: where it stands, the form to update it for those the policy allows (or
 * why not), and its comment thread.
 */
@Component({
  selector: 'bsl-deployment-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CommentThreadComponent,
    DeploymentFormComponent,
    DomainTextPipe,
    RouterLink,
    SignalTagsComponent,
    StatusBadgeComponent,
  ],
  styles: `
    .bsl-panel {
      border-left: 4px solid var(--border-default-blue-france);
      padding-left: 1.5rem;
    }
    .bsl-deployment-facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 1rem 2rem;
      margin: 0 0 1.5rem;
    }
    .bsl-deployment-facts dt {
      font-size: 0.875rem;
      color: var(--text-mention-grey);
    }
    .bsl-deployment-facts dd {
      margin: 0;
    }
    .bsl-pre-line {
      white-space: pre-line;
    }
  `,
  template: `
    @let current = deployment();
    <section
      class="bsl-panel fr-mt-4w"
      id="deploiement-panneau"
      aria-labelledby="deploiement-panneau-titre"
    >
      <h3 id="deploiement-panneau-titre" tabindex="-1">{{ title() }}</h3>
      <dl class="bsl-deployment-facts">
        <div>
          <dt i18n>Météo</dt>
          <dd><bsl-status-badge [status]="current.status" /></dd>
        </div>
        <div>
          <dt i18n>Avancement</dt>
          <dd class="fr-text--bold">{{ progress() }}</dd>
        </div>
        <div>
          <dt i18n>Dernière mise à jour</dt>
          <dd>{{ updated() }}</dd>
        </div>
      </dl>
      @if (current.laggard) {
        <bsl-signal-tags [kinds]="['regional_laggard']" />
        <p class="fr-text--sm" i18n>
          Avancement inférieur de plus de 15&nbsp;points à la médiane des
          régions.
        </p>
      }
      <p class="fr-text--sm fr-text-mention--grey fr-mb-1v" i18n>
        Commentaire de déploiement
      </p>
      @if (current.narrative) {
        <p class="bsl-pre-line">{{ current.narrative }}</p>
      } @else {
        <p class="fr-text-mention--grey" i18n>
          Aucun commentaire de déploiement saisi.
        </p>
      }
      <p>
        <a class="fr-link" [routerLink]="['/regions', current.regionCode]"
          i18n
          >Tous les déploiements {{ place() }}</a
        >
      </p>

      @if (decision(); as allowed) {
        @if (allowed.allowed) {
          <bsl-deployment-form
            [actionId]="actionId()"
            [deployment]="current"
            (saved)="saved.emit($event)"
            (reloaded)="reloaded.emit($event)"
          />
        } @else {
          <p class="fr-text--sm fr-text-mention--grey fr-icon-lock-line" i18n>
            Vous consultez ce déploiement sans pouvoir le mettre à jour :
            {{ allowed.reason | domainText }}
          </p>
        }
      }

      <div class="fr-mt-4w">
        <bsl-comment-thread
          [actionId]="actionId()"
          [regionCode]="current.regionCode"
          [unitCode]="unitCode()"
          [heading]="commentsHeading()"
          [level]="4"
          [readOnlyReason]="readOnlyReason()"
          (countChange)="commentCount.emit($event)"
        />
      </div>
    </section>
  `,
})
export class DeploymentPanelComponent {
  readonly actionId = input.required<number>();
  /** The action's owning unit, for the comments' policy. */
  readonly unitCode = input.required<string>();
  readonly deployment = input.required<DeploymentPayload>();
  /** May the signed-in user update this deployment (`deployment.update`)? */
  readonly decision = input.required<Decision>();
  /** Set when the deployment may only be read (an archived plan): its comments too. */
  readonly readOnlyReason = input<string | null>(null);
  readonly saved = output<DeploymentPayload>();
  readonly reloaded = output<DeploymentPayload>();
  /** The number of comments of the region's thread, each time it is (re)loaded. */
  readonly commentCount = output<number>();

  protected readonly place = computed(() =>
    inRegion(this.deployment().regionCode, this.deployment().regionName),
  );
  protected readonly title = computed(
    () => $localize`Déploiement ${this.place()}:PLACE:`,
  );
  protected readonly commentsHeading = computed(
    () => $localize`Commentaires – ${this.deployment().regionName}:REGION:`,
  );
  protected readonly progress = computed(() =>
    percentText(this.deployment().progress),
  );
  protected readonly updated = computed(() => {
    const { updatedAt, updatedBy } = this.deployment();
    const when = dateTimeText(updatedAt);
    return updatedBy
      ? $localize`${when}:WHEN: par ${updatedBy.name}:AUTHOR:`
      : when;
  });
}
