import { Pipe, PipeTransform } from '@angular/core';
import { countText } from '../core/i18n/page-format';

/**
 * A count with its noun, in the page's language (`countText`): French takes the singular at 0 and
 * 1, English only at 1. Kept under this name for its many callers.
 */
export const countFr = countText;

/**
 * The nouns templates pass as literals (`bslCount: 'axe' : 'axes'`), which no `i18n` marking can
 * reach: their English, found by the French word. Any other noun is shown as given, so a caller
 * may pass nouns it has translated itself (`$localize`).
 */
const NOUNS: Readonly<Record<string, string>> = {
  action: $localize`action`,
  actions: $localize`actions`,
  axe: $localize`axe`,
  axes: $localize`axes`,
  objectif: $localize`objectif`,
  objectifs: $localize`objectifs`,
};

/** `countFr` in a template: `{{ n | bslCount: 'action' : 'actions' }}`. */
@Pipe({ name: 'bslCount' })
export class CountPipe implements PipeTransform {
  transform(
    count: number | null | undefined,
    singular: string,
    plural: string,
  ): string {
    return countFr(
      count ?? 0,
      NOUNS[singular] ?? singular,
      NOUNS[plural] ?? plural,
    );
  }
}
