import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import type { ActionDetail, Status } from '@boussole/domain';
import { dateTimeText, percentText } from '../../../core/i18n/page-format';
import { StatusBadgeComponent } from '../../../shared/status-badge.component';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** What the user tried to save when the API answered that the action had changed. */
export interface AttemptedUpdate {
  status: Status;
  progress: number;
}

/** A refused update: the action as it is now, and what the user tried to save. */
export interface Conflict {
  current: ActionDetail;
  attempted: AttemptedUpdate;
}

/**
 * "Cette action a été modifiée entre-temps": the version saved by someone else beside what the
 * user tried to save. A native modal dialog: the rest of the page is inert while it is open,
 * Escape closes it, and the focus goes to its title.
 */
@Component({
  selector: 'bsl-conflict-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective, StatusBadgeComponent],
  styleUrl: './conflict-dialog.component.css',
  templateUrl: './conflict-dialog.component.html',
})
export class ConflictDialogComponent {
  /** The action as someone else saved it (the `current` of the API's 409). */
  readonly current = input.required<ActionDetail>();
  readonly attempted = input.required<AttemptedUpdate>();
  /** "Reprendre avec la version à jour": keep what was typed, on the newer action. */
  readonly resumed = output<void>();
  /** "Annuler mes modifications": back to the newer action's values. */
  readonly discarded = output<void>();
  /** Closed without choosing (Escape, "Fermer"). */
  readonly dismissed = output<void>();

  private readonly dialog =
    viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');

  protected readonly author = computed(
    () => this.current().latestUpdate?.author.name ?? $localize`Une autre personne`,
  );
  protected readonly savedWhen = computed(() => {
    const action = this.current();
    const time = action.latestUpdate?.createdAt ?? action.lastUpdateAt;
    const when = time
      ? $localize`Le ${dateTimeText(time)}:DATE:`
      : $localize`Date inconnue`;
    return action.latestUpdate
      ? $localize`${when}:WHEN:, par ${this.author()}:AUTHOR:`
      : when;
  });

  constructor() {
    afterNextRender(() => {
      const dialog = this.dialog().nativeElement;
      // Browsers open it modal (focus kept inside); a DOM without <dialog> support just shows it.
      if (typeof dialog.showModal === 'function') {
        dialog.showModal();
      } else {
        dialog.setAttribute('open', '');
      }
      this.title().nativeElement.focus();
    });
  }

  protected percent(points: number): string {
    return percentText(points);
  }

  protected close(event: Event): void {
    // The component that shows the dialog removes it.
    event.preventDefault();
    this.dismissed.emit();
  }
}
