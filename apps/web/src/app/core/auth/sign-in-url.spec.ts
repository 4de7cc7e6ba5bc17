import { safeReturnUrl } from './sign-in-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/plans/1', '/plans/1'],
    ['/plans/1?onglet=axes', '/plans/1?onglet=axes'],
    [undefined, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example/', '/'],
    ['/connexion', '/'],
    ['/connexion?retour=%2Fplans', '/'],
  ])('keeps %s as %s', (url, expected) => {
    expect(safeReturnUrl(url)).toBe(expected);
  });
});
