/**
 * The domain's formatters in the page's language: dates, numbers, percentages and counts as a
 * French reader writes them (`24/11/2026`, `1 234,5`, `42 %`) or an English one (`24/11/2026`,
 * `1,234.5`, `42%`). Components call these rather than the domain's `…Fr` names.
 */
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPoints,
  formatQuantity,
  type IsoDate,
  type IsoDateTime,
} from '@boussole/domain';
import { pageLanguage } from './page-language';

export const dateText = (date: IsoDate): string => formatDate(date, pageLanguage());
export const dateTimeText = (value: IsoDateTime): string => formatDateTime(value, pageLanguage());
export const numberText = (value: number, maximumFractionDigits = 2): string =>
  formatNumber(value, maximumFractionDigits, pageLanguage());
export const percentText = (points: number, maximumFractionDigits = 1): string =>
  formatPercent(points, maximumFractionDigits, pageLanguage());
export const quantityText = (value: number, unit: string, maximumFractionDigits = 2): string =>
  formatQuantity(value, unit, maximumFractionDigits, pageLanguage());
export const pointsText = (points: number): string => formatPoints(points, pageLanguage());

/**
 * A count with its noun: `0 action`, `1 action`, `1 234 actions` in French (0 and 1 take the
 * singular), `0 actions`, `1 action`, `1,234 actions` in English (only 1 does). The nouns come
 * translated (`$localize`), as the caller has them.
 */
export function countText(count: number, singular: string, plural: string): string {
  const one = pageLanguage() === 'fr' ? count <= 1 : count === 1;
  return `${numberText(count, 0)} ${one ? singular : plural}`;
}
