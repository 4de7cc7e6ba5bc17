import {
  DEPLOYMENT_MESSAGES,
  toDeploymentRequest,
  validateDeployment,
  type DeploymentFormValue,
} from './deployment-form-validation';

const form = (changes: Partial<DeploymentFormValue>): DeploymentFormValue => ({
  status: 'on_track',
  progress: '40',
  narrative: '',
  ...changes,
});

describe('validateDeployment', () => {
  it.each([
    ['a valid form', form({}), {}],
    [
      'no météo',
      form({ status: null }),
      { status: DEPLOYMENT_MESSAGES.statusRequired },
    ],
    [
      'a progress that is not an integer 0..100',
      form({ progress: '101' }),
      { progress: DEPLOYMENT_MESSAGES.progressInvalid },
    ],
    [
      'done below 100',
      form({ status: 'done', progress: '90' }),
      { progress: DEPLOYMENT_MESSAGES.doneMeans100 },
    ],
    [
      'a worse météo without narrative',
      form({ status: 'at_risk', narrative: ' ' }),
      { narrative: DEPLOYMENT_MESSAGES.narrativeRequired },
    ],
    [
      'a narrative too long',
      form({ narrative: 'x'.repeat(5001) }),
      { narrative: DEPLOYMENT_MESSAGES.narrativeTooLong },
    ],
  ])('%s', (_, value, errors) => {
    expect(validateDeployment(value, 'on_track')).toEqual(errors);
  });

  it('accepts a worse météo with its explanation, and done at 100', () => {
    expect(
      validateDeployment(
        form({ status: 'late', narrative: 'Pourquoi.' }),
        'on_track',
      ),
    ).toEqual({});
    expect(
      validateDeployment(form({ status: 'done', progress: '100' }), 'late'),
    ).toEqual({});
  });

  it('sends the trimmed narrative, or null to clear it', () => {
    expect(toDeploymentRequest(form({ narrative: '  Bilan.  ' }), 3)).toEqual({
      status: 'on_track',
      progress: 40,
      narrative: 'Bilan.',
      version: 3,
    });
    expect(
      toDeploymentRequest(form({ narrative: ' ' }), 3).narrative,
    ).toBeNull();
  });
});
