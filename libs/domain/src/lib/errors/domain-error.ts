/**
 * An error thrown by a domain rule. It carries a stable `code` so that the API's one error filter
 * can map it to an HTTP status and a French message without parsing text (STYLE: errors).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
