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
import {
  ConflictNoticeComponent,
  parseProgress,
  type ConflictRow,
} from '../forms';
import type { DeploymentFormValue } from './deployment-form-validation';

/**
 * "Ce déploiement a été modifié entre-temps": the values saved by someone else beside what the user
 * tried to save, and the way back to the current values. The focus is put on its title.
 */
@Component({
  selector: 'bsl-deployment-conflict',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConflictNoticeComponent],
  template: `
    <bsl-conflict-notice
      heading="Ce déploiement a été modifié entre-temps"
      titleId="deploiement-conflit-titre"
      [level]="5"
      [who]="who()"
      [rows]="rows()"
      reloadLabel="Recharger le déploiement"
      (reload)="reload.emit()"
    />
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

  protected readonly rows = computed((): ConflictRow[] => {
    const current = this.current();
    const mine = this.attempted();
    const progress = parseProgress(mine.progress);
    return [
      {
        label: 'Météo',
        current: STATUS_LABELS[current.status],
        attempted: mine.status ? STATUS_LABELS[mine.status] : 'Non choisie',
      },
      {
        label: 'Avancement',
        current: formatPercentFr(current.progress),
        attempted:
          progress === null ? mine.progress : formatPercentFr(progress),
      },
      {
        label: 'Commentaire de déploiement',
        current: current.narrative ?? 'Aucun',
        attempted: mine.narrative.trim() || 'Aucun',
      },
    ];
  });
}
