import { clearTranslations, loadTranslations } from '@angular/localize';
import { isWorseStatus as isWorse } from '@boussole/domain';
import { ENGLISH } from '../../../../locale/en';
import { parseProgress } from '../../../shared/forms';
import { anAction } from '../testing/action-fixtures';
import {
  UPDATE_MESSAGES,
  formValueOf,
  toRequest,
  validateUpdate,
  type UpdateFormValue,
} from './update-form-validation';

const form = (changes: Partial<UpdateFormValue>): UpdateFormValue => ({
  ...formValueOf(anAction()),
  ...changes,
});

describe('update form validation', () => {
  it.each([
    ['0', 0],
    [' 100 ', 100],
    ['42', 42],
    ['101', null],
    ['-1', null],
    ['12.5', null],
    ['', null],
    ['abc', null],
  ])('reads the progress %j as %j', (text, expected) => {
    expect(parseProgress(text)).toBe(expected);
  });

  it('tells when the météo gets worse (done and abandoned are endings, not worse)', () => {
    expect(isWorse('late', 'on_track')).toBe(true);
    expect(isWorse('at_risk', 'not_started')).toBe(true);
    expect(isWorse('on_track', 'late')).toBe(false);
    expect(isWorse('abandoned', 'on_track')).toBe(false);
    expect(isWorse(null, 'on_track')).toBe(false);
  });

  it('accepts the current values as they are', () => {
    expect(validateUpdate(form({}), 'on_track')).toEqual({});
  });

  it('gives each French message on its field', () => {
    expect(validateUpdate(form({ status: null }), 'on_track')).toEqual({
      status: UPDATE_MESSAGES.statusRequired,
    });
    expect(validateUpdate(form({ progress: '150' }), 'on_track')).toEqual({
      progress: 'L’avancement doit être un nombre entier entre 0 et 100.',
    });
    expect(
      validateUpdate(form({ status: 'done', progress: '90' }), 'on_track'),
    ).toEqual({ progress: 'Une action terminée est avancée à 100\u00a0%.' });
    expect(
      validateUpdate(form({ status: 'late', narrative: '  ' }), 'on_track'),
    ).toEqual({ narrative: 'Expliquez pourquoi la météo se dégrade.' });
    expect(
      validateUpdate(form({ status: 'done', progress: '12,5' }), 'on_track'),
    ).toEqual({ progress: UPDATE_MESSAGES.progressInvalid });
    expect(
      validateUpdate(
        form({ status: 'late', narrative: 'Marché infructueux.' }),
        'on_track',
      ),
    ).toEqual({});
  });

  it('builds the request with trimmed texts, leaving out the empty ones', () => {
    expect(
      toRequest(
        form({
          status: 'done',
          progress: '100',
          narrative: ' Livré. ',
          blockers: ' ',
        }),
        4,
      ),
    ).toEqual({
      status: 'done',
      progress: 100,
      narrative: 'Livré.',
      version: 4,
    });
  });

  it('says the domain’s rules in English on an English page', () => {
    document.documentElement.lang = 'en';
    loadTranslations(ENGLISH);
    try {
      expect(
        validateUpdate(form({ status: 'done', progress: '90' }), 'on_track'),
      ).toEqual({ progress: 'A done action is at 100% progress.' });
    } finally {
      clearTranslations();
      document.documentElement.lang = '';
    }
  });
});
