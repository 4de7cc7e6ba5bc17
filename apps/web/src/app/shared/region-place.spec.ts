import { inRegion } from './region-place';

describe('inRegion', () => {
  it.each([
    ['53', 'Bretagne', 'en Bretagne'],
    ['04', 'La Réunion', 'à La Réunion'],
    ['06', 'Mayotte', 'à Mayotte'],
    ['32', 'Hauts-de-France', 'dans les Hauts-de-France'],
    ['44', 'Grand Est', 'dans le Grand Est'],
    ['52', 'Pays de la Loire', 'dans les Pays de la Loire'],
  ])('%s %s → %s', (code, name, place) => {
    expect(inRegion(code, name)).toBe(place);
  });
});
