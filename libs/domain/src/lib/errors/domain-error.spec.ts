import { DomainError } from './domain-error';

describe('DomainError', () => {
  it('carries a code and a French message and is an Error', () => {
    const error = new DomainError(
      'invalid_date',
      'Date invalide : « 2025-02-30 ».',
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('invalid_date');
    expect(error.message).toBe('Date invalide : « 2025-02-30 ».');
    expect(error.name).toBe('DomainError');
  });
});
