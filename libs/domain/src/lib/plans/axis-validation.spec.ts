import { VALIDATION_TEXT_MAX, justificationErrors, justificationField } from './axis-validation';

describe('justifications of a validation', () => {
  const missing = [
    { id: 7, code: '1.1.2' },
    { id: 9, code: '1.1.3' },
  ];

  it('asks one for each missing action, naming it', () => {
    expect(justificationErrors(missing, [{ actionId: 7, text: '  Reporté. ' }])).toEqual({
      'justifications.9': 'Indiquez pourquoi l’action 1.1.3 n’a pas de point d’avancement pour la campagne.',
    });
  });

  it('refuses a blank text and one past the bound', () => {
    const errors = justificationErrors(missing, [
      { actionId: 7, text: '   ' },
      { actionId: 9, text: 'x'.repeat(VALIDATION_TEXT_MAX + 1) },
    ]);
    expect(Object.keys(errors)).toEqual([justificationField(7), justificationField(9)]);
    expect(errors['justifications.9']).toBe(`Une justification est limitée à ${VALIDATION_TEXT_MAX} caractères.`);
  });

  it('has nothing to say when each is justified, or nothing is missing', () => {
    expect(justificationErrors(missing, [{ actionId: 7, text: 'a' }, { actionId: 9, text: 'b' }])).toEqual({});
    expect(justificationErrors([], [])).toEqual({});
  });
});
