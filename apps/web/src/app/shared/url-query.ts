import { type Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, type Params } from '@angular/router';
import { map } from 'rxjs';

export interface UrlQueryOptions<Q> {
  parse: (params: Params) => Q;
  /** The query before the URL is read. */
  empty: Q;
  toParams: (query: Q) => Params;
  /** The results' region, brought back into view (and focused) when the page changes. */
  results: () => HTMLElement | undefined;
}

/**
 * The query of a filtered, paged list that lives in the URL (links and "back" work): read from
 * it, and changed by navigating. Filtering goes back to page 1 without leaving the page (the
 * scroll stays); a search replaces the history entry. Create it in a field initialiser.
 */
export class UrlQuery<Q extends { page: number }> {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly value: Signal<Q>;

  constructor(private readonly options: UrlQueryOptions<Q>) {
    this.value = toSignal(this.route.queryParams.pipe(map(options.parse)), {
      initialValue: options.empty,
    });
  }

  /** New filters (or sort), from page 1. */
  filter(patch: Partial<Q>): void {
    // A search replaces the history entry: one per key typed would be useless on "back".
    this.navigate({ ...this.value(), ...patch, page: 1 }, 'q' in patch);
  }

  toPage(page: number): void {
    this.navigate({ ...this.value(), page });
    // Bring the reader back to the top of the list, as the page below has changed.
    const results = this.options.results();
    results?.scrollIntoView?.({ block: 'start' });
    results?.focus({ preventScroll: true });
  }

  private navigate(query: Q, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: this.options.toParams(query),
      replaceUrl,
      // Filtering is not leaving the page: keep the scroll position.
      scroll: 'manual',
    });
  }
}
