import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { STATUS_LABELS, type DeploymentPayload } from '@boussole/domain';
import { domainText } from '../../core/i18n/domain-text';
import { dateTimeText, percentText } from '../../core/i18n/page-format';
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
      i18n-heading
      titleId="deploiement-conflit-titre"
      [level]="5"
      [who]="who()"
      [rows]="rows()"
      reloadLabel="Recharger le déploiement"
      i18n-reloadLabel
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
    const author = current.updatedBy?.name ?? $localize`Une autre personne`;
    return $localize`${author}:AUTHOR: l’a mis à jour le ${dateTimeText(current.updatedAt)}:DATE:.`;
  });

  protected readonly rows = computed((): ConflictRow[] => {
    const current = this.current();
    const mine = this.attempted();
    const progress = parseProgress(mine.progress);
    return [
      {
        label: $localize`Météo`,
        current: domainText(STATUS_LABELS[current.status]),
        attempted: mine.status
          ? domainText(STATUS_LABELS[mine.status])
          : $localize`Non choisie`,
      },
      {
        label: $localize`Avancement`,
        current: percentText(current.progress),
        attempted: progress === null ? mine.progress : percentText(progress),
      },
      {
        label: $localize`Commentaire de déploiement`,
        current: current.narrative ?? $localize`Aucun`,
        attempted: mine.narrative.trim() || $localize`Aucun`,
      },
    ];
  });
}
