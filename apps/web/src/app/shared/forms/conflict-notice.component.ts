import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  input,
  output,
  viewChild,
} from '@angular/core';

/** One line of the comparison: the value saved by someone else beside the one the user typed. */
export interface ConflictRow {
  label: string;
  current: string;
  attempted: string;
}

/**
 * The answer to a 409 about a stale version, inline: "… a été modifié entre-temps", who saved it
 * and when, the saved values beside what the user typed (not saved), and one button to take the
 * saved version. Its title gets the focus when it appears. Get `current` with `conflictCurrent()`.
 */
@Component({
  selector: 'bsl-conflict-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .bsl-pre-line {
      white-space: pre-line;
    }
  `,
  template: `
    <div class="fr-alert fr-alert--warning fr-mb-3w" role="alert">
      <p
        #title
        class="fr-alert__title"
        role="heading"
        [attr.aria-level]="level()"
        [id]="titleId()"
        tabindex="-1"
      >
        {{ heading() }}
      </p>
      <p i18n>{{ who() }} Votre saisie n’a pas été enregistrée.</p>
      <div class="fr-grid-row fr-grid-row--gutters fr-mt-1w">
        @for (column of columns; track column.key) {
          <div class="fr-col-12 fr-col-md-6">
            <p class="fr-text--bold fr-mb-1v">{{ column.title }}</p>
            <ul class="fr-mb-0">
              @for (row of rows(); track row.label) {
                <li i18n>
                  {{ row.label // i18n(ph="LABEL") }} :
                  <span class="bsl-pre-line">{{
                    row[column.key] // i18n(ph="VALUE")
                  }}</span>
                </li>
              }
            </ul>
          </div>
        }
      </div>
      <button
        type="button"
        class="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w"
        (click)="reload.emit()"
      >
        {{ reloadLabel() }}
      </button>
    </div>
  `,
})
export class ConflictNoticeComponent {
  /** E.g. "Ce déploiement a été modifié entre-temps". */
  readonly heading = input.required<string>();
  readonly titleId = input.required<string>();
  /** The heading level of the title in the page. */
  readonly level = input(3);
  /** Who saved the current version and when, as a sentence. */
  readonly who = input.required<string>();
  readonly rows = input.required<readonly ConflictRow[]>();
  /** E.g. "Recharger le déploiement". */
  readonly reloadLabel = input.required<string>();
  /** The user takes the saved version. */
  readonly reload = output<void>();

  protected readonly columns = [
    { key: 'current', title: $localize`Version à jour` },
    { key: 'attempted', title: $localize`Votre saisie (non enregistrée)` },
  ] as const;

  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');

  constructor() {
    afterNextRender(() => this.title().nativeElement.focus());
  }
}
