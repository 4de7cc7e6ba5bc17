import { HttpErrorResponse } from '@angular/common/http';
import {
  DEFAULT_ERROR_MESSAGE,
  apiErrorMessage,
  isApiError,
} from './api-error';

const httpError = (status: number, error: unknown) =>
  new HttpErrorResponse({ status, error, url: '/api/plans/9' });

describe('apiErrorMessage', () => {
  it('returns the French message of the API error shape', () => {
    const error = httpError(404, {
      statusCode: 404,
      error: 'Not Found',
      message: 'Projet stratégique introuvable.',
    });
    expect(apiErrorMessage(error)).toBe('Projet stratégique introuvable.');
  });

  it('joins a list of messages', () => {
    const error = httpError(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: ['Le titre est obligatoire.', 'La date est invalide.'],
    });
    expect(apiErrorMessage(error)).toBe(
      'Le titre est obligatoire. La date est invalide.',
    );
  });

  it('falls back on a message chosen from the status when the body is not the API shape', () => {
    expect(apiErrorMessage(httpError(0, null))).toContain('injoignable');
    expect(apiErrorMessage(httpError(403, '<html>'))).toContain('droits');
    expect(apiErrorMessage(httpError(500, null))).toBe(DEFAULT_ERROR_MESSAGE);
    expect(apiErrorMessage(new Error('boom'), 'Autre message.')).toBe(
      'Autre message.',
    );
  });

  it('recognises the API error shape', () => {
    expect(
      isApiError({ statusCode: 401, error: 'Unauthorized', message: 'Non.' }),
    ).toBe(true);
    expect(isApiError({ message: 'Non.' })).toBe(false);
    expect(isApiError(null)).toBe(false);
  });
});
