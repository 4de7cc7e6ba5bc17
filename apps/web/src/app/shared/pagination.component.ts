import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';

/** Page numbers around the current one, with gaps (`null`) where pages are skipped. */
export function pageWindow(page: number, count: number): (number | null)[] {
  const pages = new Set(
    [1, page - 1, page, page + 1, count].filter((n) => n >= 1 && n <= count),
  );
  const sorted = [...pages].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) result.push(null);
    result.push(n);
  });
  return result;
}

/**
 * DSFR pagination. Each page is a real link (`?page=n`, so it opens in a new tab too); a plain
 * click is handed to the parent through `pageChange`, which navigates as it sees fit.
 */
@Component({
  selector: 'bsl-pagination',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (count() > 1) {
      <nav role="navigation" class="fr-pagination" [attr.aria-label]="label()">
        <ul class="fr-pagination__list">
          <li>
            <a
              class="fr-pagination__link fr-pagination__link--first"
              role="link"
              [attr.href]="page() > 1 ? href(1) : null"
              [attr.aria-disabled]="page() > 1 ? null : 'true'"
              (click)="go($event, 1)"
              i18n
              >Première page</a
            >
          </li>
          <li>
            <a
              class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
              role="link"
              [attr.href]="page() > 1 ? href(page() - 1) : null"
              [attr.aria-disabled]="page() > 1 ? null : 'true'"
              (click)="go($event, page() - 1)"
              i18n
              >Page précédente</a
            >
          </li>
          @for (n of pages(); track $index) {
            <li>
              @if (n === null) {
                <span class="fr-pagination__link" aria-hidden="true">…</span>
              } @else {
                <a
                  class="fr-pagination__link"
                  [attr.href]="href(n)"
                  [attr.title]="pageTitle(n)"
                  [attr.aria-current]="n === page() ? 'page' : null"
                  (click)="go($event, n)"
                  >{{ n }}</a
                >
              }
            </li>
          }
          <li>
            <a
              class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
              role="link"
              [attr.href]="page() < count() ? href(page() + 1) : null"
              [attr.aria-disabled]="page() < count() ? null : 'true'"
              (click)="go($event, page() + 1)"
              i18n
              >Page suivante</a
            >
          </li>
          <li>
            <a
              class="fr-pagination__link fr-pagination__link--last"
              role="link"
              [attr.href]="page() < count() ? href(count()) : null"
              [attr.aria-disabled]="page() < count() ? null : 'true'"
              (click)="go($event, count())"
              i18n
              >Dernière page</a
            >
          </li>
        </ul>
      </nav>
    }
  `,
})
export class PaginationComponent {
  /** 1-based. */
  readonly page = input.required<number>();
  /** Number of pages. */
  readonly count = input.required<number>();
  readonly label = input($localize`Pagination`);
  readonly pageChange = output<number>();

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly pages = computed(() =>
    pageWindow(this.page(), this.count()),
  );

  protected pageTitle(page: number): string {
    return $localize`Page ${page}:PAGE:`;
  }

  protected href(page: number): string {
    return this.router.serializeUrl(
      this.router.createUrlTree([], {
        relativeTo: this.route,
        queryParams: { page: page > 1 ? page : null },
        queryParamsHandling: 'merge',
      }),
    );
  }

  protected go(event: MouseEvent, page: number): void {
    const modified =
      event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0;
    if (modified) return;
    event.preventDefault();
    if (page >= 1 && page <= this.count() && page !== this.page()) {
      this.pageChange.emit(page);
    }
  }
}
