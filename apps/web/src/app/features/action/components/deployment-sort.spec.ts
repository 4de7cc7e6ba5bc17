import { aDeployment } from '../testing/deployment-fixtures';
import { sortDeployments } from './deployment-sort';

describe('sortDeployments', () => {
  const list = [
    aDeployment({
      regionCode: '11',
      regionName: 'Île-de-France',
      progress: 50,
    }),
    aDeployment({ regionCode: '94', regionName: 'Corse', progress: 10 }),
    aDeployment({ regionCode: '53', regionName: 'Bretagne', progress: 80 }),
    aDeployment({ regionCode: '28', regionName: 'Normandie', progress: 10 }),
  ];
  const names = (sorted: typeof list) => sorted.map((d) => d.regionName);

  it('sorts by name in French order, or by progress then name', () => {
    expect(names(sortDeployments(list, 'name', null))).toEqual([
      'Bretagne',
      'Corse',
      'Île-de-France',
      'Normandie',
    ]);
    expect(names(sortDeployments(list, 'progress', null))).toEqual([
      'Corse',
      'Normandie',
      'Île-de-France',
      'Bretagne',
    ]);
  });

  it('puts the liaison’s own region first', () => {
    expect(names(sortDeployments(list, 'progress', '53'))[0]).toBe('Bretagne');
    expect(names(sortDeployments(list, 'name', '11'))[0]).toBe('Île-de-France');
  });
});
