import {
  ChangeDetectionStrategy,
  Component,
  input,
  signal,
} from '@angular/core';
import type { RegionDeployment } from '@boussole/domain';
import { CommentThreadComponent } from '../../../shared/comments/comment-thread.component';

/**
 * The comments of each of a region's deployments, one accordion per deployment; a thread is
 * fetched only when its accordion is first opened.
 */
@Component({
  selector: 'bsl-deployment-comments',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CommentThreadComponent],
  styles: `
    .bsl-accordion__panel {
      padding: 0.5rem 1rem 1.5rem;
    }
    .bsl-accordion__action {
      display: block;
      font-weight: 400;
    }
  `,
  template: `
    <div class="fr-accordions-group">
      @for (deployment of deployments(); track deployment.actionId) {
        @let open = isOpen(deployment.actionId);
        <section class="fr-accordion">
          <h3 class="fr-accordion__title">
            <button
              type="button"
              class="fr-accordion__btn"
              [attr.aria-expanded]="open"
              [attr.aria-controls]="panelId(deployment.actionId)"
              (click)="toggle(deployment.actionId)"
            >
              <span>
                <span class="bsl-accordion__action"
                  >{{ deployment.actionCode }} –
                  {{ deployment.actionTitle }}</span
                >
                <ng-container i18n
                  >Commentaires ({{ count(deployment) }})</ng-container
                >
              </span>
            </button>
          </h3>
          <div
            class="bsl-accordion__panel"
            [id]="panelId(deployment.actionId)"
            [hidden]="!open"
          >
            @if (mounted().has(deployment.actionId)) {
              <bsl-comment-thread
                [actionId]="deployment.actionId"
                [regionCode]="regionCode()"
                unitCode=""
                heading="Fil de discussion de l’action {{
                  deployment.actionCode
                }}"
                i18n-heading
                [level]="4"
                (countChange)="setCount(deployment.actionId, $event)"
              />
            }
          </div>
        </section>
      }
    </div>
  `,
})
export class DeploymentCommentsComponent {
  readonly deployments = input.required<readonly RegionDeployment[]>();
  readonly regionCode = input.required<string>();

  private readonly opened = signal<ReadonlySet<number>>(new Set());
  /** Threads once opened stay mounted, so that closing and reopening keeps a draft. */
  protected readonly mounted = signal<ReadonlySet<number>>(new Set());
  private readonly counts = signal<ReadonlyMap<number, number>>(new Map());

  protected panelId(actionId: number): string {
    return `commentaires-${this.regionCode()}-${actionId}`;
  }

  protected isOpen(actionId: number): boolean {
    return this.opened().has(actionId);
  }

  protected count(deployment: RegionDeployment): number {
    return this.counts().get(deployment.actionId) ?? deployment.commentCount;
  }

  protected toggle(actionId: number): void {
    const opened = new Set(this.opened());
    if (!opened.delete(actionId)) opened.add(actionId);
    this.opened.set(opened);
    this.mounted.update((mounted) => new Set(mounted).add(actionId));
  }

  protected setCount(actionId: number, count: number): void {
    this.counts.update((counts) => new Map(counts).set(actionId, count));
  }
}
