import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  input,
  viewChild,
} from '@angular/core';

/**
 * A form's confirmation, placed right after its submit button: where the eyes and the focus
 * already are, not at the top of the form, which may be off screen (issue 12, point 6). Each time
 * a text appears it takes the focus (`tabindex="-1"`), so that a screen reader reads it and the
 * next Tab goes on from the form; the `role="status"` region around it stays in the page, so that
 * the text is announced even when the focus cannot move.
 */
@Component({
  selector: 'bsl-save-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <div role="status">
      @if (text(); as message) {
        <div
          #notice
          class="fr-alert fr-alert--success fr-alert--sm fr-mt-2w bsl-save-notice"
          tabindex="-1"
        >
          <p>{{ message }}</p>
        </div>
      }
    </div>
  `,
})
export class SaveNoticeComponent {
  /** The confirmation's text; null hides it (at the next submission, say). */
  readonly text = input<string | null>(null);

  private readonly notice = viewChild<ElementRef<HTMLElement>>('notice');

  constructor() {
    // A new element each time the text appears again, hence a new focus after every save.
    afterRenderEffect(() => this.notice()?.nativeElement.focus());
  }
}
