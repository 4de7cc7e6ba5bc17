import {
  EMPTY_USER_QUERY,
  hasUserFilters,
  parseUserQuery,
  toUserApiParams,
  toUserQueryParams,
} from './user-query';

describe('the users list query', () => {
  it('reads the URL, ignoring what is not valid', () => {
    expect(
      parseUserQuery({
        q: '  dubois ',
        role: 'ars_liaison',
        unit: 'PF',
        region: '53',
        active: 'false',
        page: '3',
      }),
    ).toEqual({
      q: 'dubois',
      role: 'ars_liaison',
      unit: 'PF',
      region: '53',
      active: false,
      page: 3,
    });
    expect(
      parseUserQuery({
        role: 'chef',
        unit: 'XX',
        region: '99',
        active: 'oui',
        page: '-2',
      }),
    ).toEqual(EMPTY_USER_QUERY);
  });

  it('leaves the defaults out of the URL, so that links stay short', () => {
    expect(toUserQueryParams(EMPTY_USER_QUERY)).toEqual({
      q: null,
      role: null,
      unit: null,
      region: null,
      active: null,
      page: null,
    });
    expect(
      toUserQueryParams({ ...EMPTY_USER_QUERY, active: false, page: 2 }),
    ).toMatchObject({ active: 'false', page: '2' });
  });

  it('asks the API for one page of 20, with only the filters set', () => {
    expect(toUserApiParams(EMPTY_USER_QUERY)).toEqual({
      page: '1',
      pageSize: '20',
    });
    expect(
      toUserApiParams({ ...EMPTY_USER_QUERY, q: ' x ', active: true }),
    ).toEqual({ q: 'x', active: 'true', page: '1', pageSize: '20' });
  });

  it('knows when the list is filtered', () => {
    expect(hasUserFilters(EMPTY_USER_QUERY)).toBe(false);
    expect(hasUserFilters({ ...EMPTY_USER_QUERY, page: 4 })).toBe(false);
    expect(hasUserFilters({ ...EMPTY_USER_QUERY, active: false })).toBe(true);
  });
});
