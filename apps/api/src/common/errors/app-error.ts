/**
 * An error the domain or a service throws with a code; the one error filter maps the code to an
 * HTTP status, so services never speak HTTP.
 */
export type AppErrorCode =
  | 'not_found'
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'conflict'
  /** Existed once and is over for good (a used or expired one-time link). */
  | 'gone'
  | 'precondition_required'
  | 'too_many_requests';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: { fields?: Record<string, string>; current?: unknown },
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} introuvable.`);
export const invalid = (message: string, fields?: Record<string, string>) =>
  new AppError('invalid', message, { fields });
export const forbidden = (reason: string) => new AppError('forbidden', reason);
