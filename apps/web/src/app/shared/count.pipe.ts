import { Pipe, PipeTransform } from '@angular/core';
import { formatNumberFr } from '@boussole/domain';

/**
 * A count with its noun, in French: `0 action`, `1 action`, `1 234 actions` (in French, 0 and 1
 * take the singular; U+202F between groups, as `formatNumberFr` prints them).
 */
export function countFr(
  count: number,
  singular: string,
  plural: string,
): string {
  return `${formatNumberFr(count, 0)} ${count <= 1 ? singular : plural}`;
}

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
