import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';

/** The current URL without its fragment, as a signal (call in an injection context). */
export function injectCurrentPath(): Signal<string> {
  const router = inject(Router);
  return toSignal(
    router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => withoutFragment(event.urlAfterRedirects)),
    ),
    { initialValue: withoutFragment(router.url) },
  );
}

function withoutFragment(url: string): string {
  return url.split('#')[0] || '/';
}
