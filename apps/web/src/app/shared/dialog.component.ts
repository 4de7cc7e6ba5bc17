import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';

let nextDialogId = 0;

/**
 * A DSFR modal: a native modal `<dialog>` (the rest of the page is inert
 * while it is open, Escape closes it), the focus on its title when it opens and back on the
 * control that opened it when it goes. The page shows it with `@if` and removes it on `closed`.
 */
@Component({
  selector: 'bsl-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog
      #dialog
      class="bsl-dialog"
      aria-modal="true"
      [attr.aria-labelledby]="titleId"
      (cancel)="dismiss($event)"
    >
      <div class="fr-container fr-container--fluid fr-container-md">
        <div class="fr-grid-row fr-grid-row--center">
          <div [class]="columnClass()">
            <div class="fr-modal__body">
              <div class="fr-modal__header">
                <button
                  class="fr-btn--close fr-btn"
                  type="button"
                  [attr.title]="closeTitle()"
                  (click)="closed.emit()"
                  i18n
                >
                  Fermer
                </button>
              </div>
              <div class="fr-modal__content">
                <h2 #title class="fr-modal__title" [id]="titleId" tabindex="-1">
                  {{ heading() }}
                </h2>
                <ng-content />
              </div>
              <ng-content select="[bslDialogFooter]" />
            </div>
          </div>
        </div>
      </div>
    </dialog>
  `,
  styles: `
    /* A native modal <dialog> laid out as a DSFR modal (the DSFR script manages only .fr-modal). */
    .bsl-dialog {
      position: fixed;
      inset: 0;
      z-index: 1750;
      display: flex;
      flex-direction: column;
      justify-content: center;
      width: 100%;
      max-width: none;
      height: 100%;
      max-height: none;
      margin: 0;
      padding: 0;
      border: none;
      background-color: hsla(0, 0%, 9%, 0.64);
      color: inherit;
    }
    .bsl-dialog:not([open]) {
      display: none;
    }
    .bsl-dialog::backdrop {
      background: transparent;
    }
    .fr-modal__body {
      max-height: calc(100vh - 2rem);
      overflow-y: auto;
    }
    .fr-modal__title:focus {
      outline-offset: 2px;
    }
  `,
})
export class DialogComponent {
  /** The dialog's title (its accessible name). */
  readonly heading = input.required<string>();
  /** `lg` for long forms. */
  readonly size = input<'md' | 'lg'>('md');
  /** Escape, "Fermer", or the page's own cancel button: the page removes the dialog. */
  readonly closed = output<void>();

  protected readonly closeTitle = computed(
    () => $localize`Fermer la fenêtre « ${this.heading()}:TITLE: »`,
  );
  protected readonly titleId = `bsl-dialog-${++nextDialogId}-titre`;
  private readonly dialog =
    viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');

  protected readonly columnClass = () =>
    this.size() === 'lg'
      ? 'fr-col-12 fr-col-md-10 fr-col-lg-8'
      : 'fr-col-12 fr-col-md-8 fr-col-lg-6';

  constructor() {
    // What had the focus: the button that opened the dialog, which gets it back at the end.
    const opener =
      typeof document === 'undefined'
        ? null
        : (document.activeElement as HTMLElement | null);
    afterNextRender(() => {
      const dialog = this.dialog().nativeElement;
      if (typeof dialog.showModal === 'function') {
        dialog.showModal();
      } else {
        dialog.setAttribute('open', '');
      }
      this.title().nativeElement.focus();
    });
    inject(DestroyRef).onDestroy(() => {
      const dialog = this.dialog().nativeElement;
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (opener?.isConnected && opener !== document.body) opener.focus();
    });
  }

  protected dismiss(event: Event): void {
    event.preventDefault();
    this.closed.emit();
  }
}
