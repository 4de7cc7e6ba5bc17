// Read by the DSFR script when it loads (it is bundled right after this file). In "angular" mode the
// DSFR does not rewrite the DOM Angular owns (e.g. it does not copy the header tools into the mobile
// menu) and waits for `window.dsfr.start()`, which the root component calls after its first render.
window.dsfr = { mode: 'angular', production: true };
