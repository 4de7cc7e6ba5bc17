import { HttpErrorResponse } from '@angular/common/http';
import { numberText } from '../../core/i18n/page-format';

export const MAX_COMMENT_LENGTH = 10_000;
export const EMPTY_COMMENT = $localize`Le commentaire ne peut pas être vide.`;

/** The error of a comment's text, or null when it may be sent. */
export function commentTextError(text: string): string | null {
  if (text.trim() === '') return EMPTY_COMMENT;
  if (text.length > MAX_COMMENT_LENGTH) {
    return $localize`Le commentaire est limité à ${numberText(MAX_COMMENT_LENGTH)}:MAX: caractères.`;
  }
  return null;
}

/** What a 400 answer says about the text field (`fields.text`), if anything. */
export function textFieldError(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) {
    return null;
  }
  const fields = (error.error as { fields?: Record<string, unknown> } | null)
    ?.fields;
  const text = fields?.['text'];
  return typeof text === 'string' ? text : null;
}
