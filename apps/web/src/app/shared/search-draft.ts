import { DestroyRef, effect, inject, signal } from '@angular/core';
import { Subject, debounceTime } from 'rxjs';

/** Wait after the last key before searching, so that typing does not send a request per key. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The search box of a filtered list whose query lives in the URL: the text as typed (`draft`),
 * ahead of the URL by the debounce; Enter searches at once; the box follows the URL (back button,
 * links) without overwriting what is being typed. `search` gets the trimmed text when it differs
 * from the URL's. Create it in a field initialiser.
 */
export class SearchDraft {
  readonly draft = signal('');
  private lastSearch: string | null = null;
  private readonly typed = new Subject<string>();

  constructor(
    private readonly current: () => string,
    private readonly search: (q: string) => void,
  ) {
    effect(() => {
      const q = this.current();
      if (q !== this.lastSearch) {
        this.lastSearch = q;
        this.draft.set(q);
      }
    });
    const subscription = this.typed
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS))
      .subscribe((q) => this.send(q));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** The `(input)` of the search box. */
  type(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.draft.set(value);
    this.typed.next(value);
  }

  /** The form's `(submit)`: Enter searches at once. */
  submit(event: Event): void {
    event.preventDefault();
    this.send(this.draft());
  }

  /** The filters are being cleared: the box empties (the caller sends the empty query). */
  clear(): void {
    this.lastSearch = '';
    this.draft.set('');
  }

  private send(q: string): void {
    const trimmed = q.trim();
    if (trimmed === this.current()) return;
    this.lastSearch = trimmed;
    this.search(trimmed);
  }
}
