import {
  DestroyRef,
  Directive,
  ElementRef,
  afterEveryRender,
  inject,
  input,
} from '@angular/core';

/**
 * On a DSFR table's scrolling frame (`<div class="fr-table__container" bslTableFrame>`): a
 * region named after its table, that takes the keyboard focus while it scrolls sideways, so that
 * a keyboard user can scroll it with the arrows (WCAG 2.1.1, axe's scrollable-region-focusable).
 * A frame that fits is no tab stop. Its name is `bslTableFrame` when given, else its table's
 * caption, kept in step with it (a caption may carry a count).
 */
@Directive({
  selector: '[bslTableFrame]',
  host: { role: 'region' },
})
export class TableFrameDirective {
  /** The frame's accessible name; the table's caption when empty. */
  readonly bslTableFrame = input('');

  private readonly frame =
    inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  constructor() {
    afterEveryRender(() => this.sync());
    if (typeof ResizeObserver !== 'undefined') {
      const observer = new ResizeObserver(() => this.sync());
      observer.observe(this.frame);
      inject(DestroyRef).onDestroy(() => observer.disconnect());
    }
  }

  private sync(): void {
    const frame = this.frame;
    const label =
      this.bslTableFrame() ||
      frame
        .querySelector('caption')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim() ||
      $localize`Tableau`;
    if (frame.getAttribute('aria-label') !== label) {
      frame.setAttribute('aria-label', label);
    }
    const scrolls = frame.scrollWidth > frame.clientWidth + 1;
    if (scrolls && frame.getAttribute('tabindex') !== '0') {
      frame.setAttribute('tabindex', '0');
    } else if (!scrolls && frame.hasAttribute('tabindex')) {
      frame.removeAttribute('tabindex');
    }
  }
}
