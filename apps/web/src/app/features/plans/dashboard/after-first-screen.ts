import {
  Injector,
  afterNextRender,
  effect,
  inject,
  signal,
  type Signal,
} from '@angular/core';

/**
 * How long the first screen stays alone once drawn. The sections below it cost a long task
 * (accordions, chart, a table of 50 changes, and DSFR's scripts on each): drawn at once, that task
 * would follow the figures' paint and hold a person's first clicks by a few hundred milliseconds.
 */
const SETTLE_MS = 400;

/**
 * True once `ready()` has held for one render, then SETTLE_MS, then an idle moment: the dashboard
 * draws the sections below its first screen then, after the figures, rather than while the
 * figures' reads are still awaited (an idle trigger alone fires during that wait). Call it in an
 * injection context.
 */
export function afterFirstScreen(ready: () => boolean): Signal<boolean> {
  const injector = inject(Injector);
  const done = signal(false);
  let scheduled = false;
  effect(() => {
    if (scheduled || !ready()) return;
    scheduled = true;
    afterNextRender(() => whenIdle(() => done.set(true)), { injector });
  });
  return done.asReadonly();
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    // Bounded: a page kept busy still gets its sections.
    setTimeout(() => requestIdleCallback(run, { timeout: 1000 }), SETTLE_MS);
  } else {
    // No idle callback (the specs' jsdom): at once.
    setTimeout(run);
  }
}
