import { Pipe, type PipeTransform } from '@angular/core';
import { DOMAIN_ENGLISH, FrenchToEnglish } from '@boussole/domain';
import { pageLanguage } from './page-language';

let english: FrenchToEnglish | null = null;

/**
 * A text the domain or the API wrote in French (a status or signal label, a signal's sentence, a
 * health explanation, a permission's refusal), in the page's language. The English comes from the
 * domain's catalog (`DOMAIN_ENGLISH`), found by the French text itself.
 */
export function domainText(french: string): string;
export function domainText(french: string | null | undefined): string | null;
export function domainText(french: string | null | undefined): string | null {
  if (french === null || french === undefined) return null;
  if (pageLanguage() === 'fr') return french;
  english ??= new FrenchToEnglish(DOMAIN_ENGLISH);
  return english.translate(french);
}

/** `domainText` in a template: `{{ STATUS_LABELS[status] | domainText }}`. */
@Pipe({ name: 'domainText' })
export class DomainTextPipe implements PipeTransform {
  transform(french: string | null | undefined): string | null {
    return domainText(french);
  }
}
