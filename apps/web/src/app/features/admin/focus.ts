import { Injector, afterNextRender } from '@angular/core';

/**
 * Focuses the element `selector` finds inside `root` once the view has rendered (after a dialog
 * closed, a list was reloaded, a row appeared); the first of `selectors` that exists wins.
 */
export function focusAfterRender(
  injector: Injector,
  root: HTMLElement,
  ...selectors: string[]
): void {
  afterNextRender(
    () => {
      for (const selector of selectors) {
        const element = root.querySelector<HTMLElement>(selector);
        if (element && !(element as HTMLButtonElement).disabled) {
          element.focus();
          return;
        }
      }
    },
    { injector },
  );
}
