import { clearTranslations, loadTranslations } from '@angular/localize';
import { ENGLISH } from '../../../../locale/en';
import { quantileScale, rankEn, rankText, regionMapLabel } from './map-scale';

describe('the map’s words in English', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
    loadTranslations(ENGLISH);
  });
  afterEach(() => {
    clearTranslations();
    document.documentElement.lang = '';
  });

  it('names a region with its progress and rank the English way', () => {
    expect(regionMapLabel('Bretagne', 62, 3, 18)).toBe(
      'Bretagne: 62% progress, ranked 3 of 18',
    );
    expect(regionMapLabel('Corse', null, null, 18)).toBe(
      'Corse: no progress data',
    );
    expect(quantileScale([40, 55]).classes[0].legend).toBe(
      '40% (1\u00a0region)',
    );
  });

  it('writes ranks as English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103].map(rankEn)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '103rd',
    ]);
    expect(rankText(1)).toBe('1st');
  });
});
