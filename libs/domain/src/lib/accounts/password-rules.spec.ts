import {
  emailName,
  PASSWORD_MESSAGES,
  passwordProblemMessage,
  passwordRuleMessage,
  passwordRuleProblem,
} from './password-rules';

const owner = { email: 'Jean.Dupont@sante.gouv.fr', name: 'Jean Dupont' };

describe('passwordRuleProblem', () => {
  it.each([
    ['empty', '', 'too_short'],
    ['11 characters', 'abcdefghijk', 'too_short'],
    ['12 accented letters count as 12', 'éàèùâêîôûçëï', null],
    ['12 characters', 'abcdefghijkl', null],
    ['257 characters', 'a'.repeat(257), 'too_long'],
    ['the e-mail’s name, in another case', 'mon-JEAN.DUPONT-2026', 'contains_email_name'],
    ['only the first name', 'jean-et-les-autres', null],
    ['a good passphrase', 'Hibou-Cornichon-Velo-42', null],
  ] as const)('%s', (_, password, expected) => {
    expect(passwordRuleProblem(password, owner)).toBe(expected);
  });

  it('ignores an e-mail name shorter than three characters', () => {
    expect(emailName('jo@example.fr')).toBeNull();
    expect(passwordRuleProblem('jo-jo-jo-jo-jo', { email: 'jo@example.fr' })).toBeNull();
    expect(emailName(' Ana@Example.fr ')).toBe('ana');
    expect(passwordRuleProblem('banana-split-2026', { email: 'ana@example.fr' })).toBe('contains_email_name');
  });

  it('works without an owner', () => {
    expect(passwordRuleProblem('abcdefghijkl')).toBeNull();
  });
});

describe('password messages', () => {
  it('say why, in French', () => {
    expect(passwordRuleMessage('')).toBe(PASSWORD_MESSAGES.required);
    expect(passwordRuleMessage('court', owner)).toBe('Le mot de passe doit compter au moins 12 caractères (il en compte 5).');
    expect(passwordRuleMessage('x-jean.dupont-x', owner)).toBe(
      'Le mot de passe ne doit pas contenir le nom de votre adresse électronique («\u00a0jean.dupont\u00a0»).',
    );
    expect(passwordRuleMessage('Hibou-Cornichon-Velo-42', owner)).toBeNull();
  });

  it('pass the guessability check’s hint on', () => {
    expect(passwordProblemMessage('guessable', 'motdepasse123', owner, 'Ce mot de passe est couramment utilisé.')).toBe(
      'Ce mot de passe est trop facile à deviner\u00a0: ce mot de passe est couramment utilisé. Allongez-le, par exemple avec plusieurs mots peu courants.',
    );
    expect(passwordProblemMessage('guessable', 'azertyuiop12', owner, 'Les lignes droites de touches sont faciles à deviner')).toBe(
      'Ce mot de passe est trop facile à deviner\u00a0: les lignes droites de touches sont faciles à deviner. Allongez-le, par exemple avec plusieurs mots peu courants.',
    );
    expect(passwordProblemMessage('guessable', 'motdepasse123')).toMatch(/^Ce mot de passe est trop facile à deviner\. Allongez-le/);
  });
});
