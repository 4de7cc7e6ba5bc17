import { formatNumber } from '@angular/common';
import { LOCALE_ID, Pipe, PipeTransform, inject } from '@angular/core';

/**
 * A count with its noun, in French: `0 action`, `1 action`, `1 234 actions` (in French, 0 and 1
 * take the singular). Usage: `{{ n | bslCount: 'action' : 'actions' }}`.
 */
@Pipe({ name: 'bslCount' })
export class CountPipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(
    count: number | null | undefined,
    singular: string,
    plural: string,
  ): string {
    const value = count ?? 0;
    return `${formatNumber(value, this.locale, '1.0-0')} ${value <= 1 ? singular : plural}`;
  }
}
