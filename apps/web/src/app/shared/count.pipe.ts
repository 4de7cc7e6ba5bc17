import { Pipe, PipeTransform } from '@angular/core';
import { countText } from '../core/i18n/page-format';

/**
 * A count with its noun, in the page's language (`countText`): French takes the singular at 0 and
 * 1, English only at 1. Kept under this name for its many callers.
 */
export const countFr = countText;

/** `countFr` in a template: `{{ n | bslCount: 'action' : 'actions' }}`. */
@Pipe({ name: 'bslCount' })
export class CountPipe implements PipeTransform {
  transform(
    count: number | null | undefined,
    singular: string,
    plural: string,
  ): string {
    return countFr(count ?? 0, singular, plural);
  }
}
