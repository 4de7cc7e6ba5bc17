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
    readonly details?: {
      fields?: Record<string, string>;
      current?: unknown;
      /** A 429's wait, sent as `Retry-After`. */
      retryAfterSeconds?: number;
    },
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} introuvable.`);
export const invalid = (message: string, fields?: Record<string, string>) =>
  new AppError('invalid', message, { fields });
export const forbidden = (reason: string) => new AppError('forbidden', reason);

/** A refusal for going too fast, saying in French when to try again. */
export function tooManyRequests(what: string, retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const wait = seconds < 60 ? `${seconds} seconde${seconds > 1 ? 's' : ''}` : `${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}`;
  return new AppError('too_many_requests', `${what} : réessayez dans ${wait}.`, { retryAfterSeconds: seconds });
}
