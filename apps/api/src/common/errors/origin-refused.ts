import { AppError } from './app-error';

/** A cross-origin write refused by the access guard: a 403 that the error filter logs as its own security event. */
export class OriginRefused extends AppError {
  constructor(message: string) {
    super('forbidden', message);
  }
}
