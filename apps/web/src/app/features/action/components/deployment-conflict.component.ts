import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import {
  STATUS_LABELS,
  formatDateTimeFr,
  formatPercentFr,
  type DeploymentPayload,
} from '@boussole/domain';
import type { DeploymentFormValue } from './deployment-form-validation';
import { parseProgress } from './update-form-validation';

/**
 * "Ce déploiement a été modifié entre-temps": the values saved by someone else beside what the user
 * tried to save, and the way back to the current values. The focus is put on its title.
 */
@Component({
  selector: 'bsl-deployment-conflict',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .bsl-pre-line {
      white-space: pre-line;
    }
  `,
  template: `
    <div class="fr-alert fr-alert--warning fr-mb-3w" role="alert">
      <h5 class="fr-alert__title" id="deploiement-conflit-titre" tabindex="-1">
        Ce déploiement a été modifié entre-temps
      </h5>
      <p>{{ who() }} Votre saisie n’a pas été enregistrée.</p>
      <div class="fr-grid-row fr-grid-row--gutters fr-mt-1w">
        @for (version of versions(); track version.title) {
          <div class="fr-col-12 fr-col-md-6">
            <p class="fr-text--bold fr-mb-1v">{{ version.title }}</p>
            <ul class="fr-mb-0">
              <li>Météo : {{ version.status }}</li>
              <li>Avancement : {{ version.progress }}</li>
              <li>
                Commentaire de déploiement :
                <span class="bsl-pre-line">{{ version.narrative }}</span>
              </li>
            </ul>
          </div>
        }
      </div>
      <button
        type="button"
        class="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w"
        (click)="reload.emit()"
      >
        Recharger le déploiement
      </button>
    </div>
  `,
})
export class DeploymentConflictComponent {
  /** The deployment as someone else saved it (the `current` of the API's 409). */
  readonly current = input.required<DeploymentPayload>();
  readonly attempted = input.required<DeploymentFormValue>();
  /** "Recharger le déploiement". */
  readonly reload = output<void>();

  protected readonly who = computed(() => {
    const current = this.current();
    const author = current.updatedBy?.name ?? 'Une autre personne';
    return `${author} l’a mis à jour le ${formatDateTimeFr(current.updatedAt)}.`;
  });

  protected readonly versions = computed(() => {
    const current = this.current();
    const mine = this.attempted();
    const progress = parseProgress(mine.progress);
    return [
      {
        title: 'Version à jour',
        status: STATUS_LABELS[current.status],
        progress: formatPercentFr(current.progress),
        narrative: current.narrative ?? 'Aucun',
      },
      {
        title: 'Votre saisie (non enregistrée)',
        status: mine.status ? STATUS_LABELS[mine.status] : 'Non choisie',
        progress: progress === null ? mine.progress : formatPercentFr(progress),
        narrative: mine.narrative.trim() || 'Aucun',
      },
    ];
  });
}
