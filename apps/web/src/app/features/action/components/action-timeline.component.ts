import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { StatusUpdatePayload } from '@boussole/domain';
import type { LoadState } from '../../../core/http/load-state';
import {
  countText,
  dateTimeText,
  percentText,
} from '../../../core/i18n/page-format';
import { StatusBadgeComponent } from '../../../shared/status-badge.component';
import { UpdateTextsComponent } from './update-texts.component';
import { LoadBlockComponent } from '../../../shared/load-block.component';

/** The history of the action's status updates, newest first, as a timeline. */
@Component({
  selector: 'bsl-action-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LoadBlockComponent,
    StatusBadgeComponent,
    UpdateTextsComponent,
  ],
  styles: `
    .bsl-timeline {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .bsl-timeline > li {
      position: relative;
      margin: 0;
      padding: 0 0 1.5rem 1.5rem;
      border-left: 2px solid var(--border-default-grey);
    }
    .bsl-timeline > li::before {
      content: '';
      position: absolute;
      top: 0.375rem;
      left: calc(-0.375rem - 1px);
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 50%;
      background: var(--background-action-high-blue-france);
    }
    .bsl-timeline__meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-bottom: 0.75rem;
    }
  `,
  template: `
    <section class="fr-mb-6w" aria-labelledby="historique-titre">
      <h2 id="historique-titre" i18n>Historique des points d’avancement</h2>
      @if (history().status !== 'ready') {
        <bsl-load-block
          [compact]="true"
          [error]="errorMessage()"
          failure="L’historique n’a pas pu être affiché."
          i18n-failure
          loading="Chargement de l’historique…"
          i18n-loading
        />
      } @else {
        @let updates = entries();
        <p class="fr-text--sm" i18n>
          {{ count(updates.length) }}, du plus récent au plus ancien.
        </p>
        @if (updates.length) {
          <ol class="bsl-timeline">
            @for (update of updates; track update.id) {
              <li>
                <h3 class="fr-h6 fr-mb-1w">
                  {{ when(update.createdAt) }} – {{ update.author.name }}
                </h3>
                <div class="bsl-timeline__meta">
                  <bsl-status-badge [status]="update.status" />
                  <span class="fr-text--sm fr-mb-0" i18n
                    >Avancement : {{ percent(update.progress) }}</span
                  >
                </div>
                <bsl-update-texts [update]="update" />
              </li>
            }
          </ol>
        }
      }
    </section>
  `,
})
export class ActionTimelineComponent {
  readonly history = input.required<LoadState<StatusUpdatePayload[]>>();

  protected entries(): StatusUpdatePayload[] {
    const state = this.history();
    return state.status === 'ready' ? state.value : [];
  }

  protected errorMessage(): string | null {
    const state = this.history();
    return state.status === 'error' ? state.message : null;
  }

  protected count(updates: number): string {
    return countText(
      updates,
      $localize`point d’avancement`,
      $localize`points d’avancement`,
    );
  }

  protected when(time: string): string {
    return dateTimeText(time);
  }

  protected percent(points: number): string {
    return percentText(points);
  }
}
