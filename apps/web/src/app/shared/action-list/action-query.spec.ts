import {
  EMPTY_QUERY,
  PAGE_SIZE,
  ariaSort,
  nextSort,
  parseActionQuery,
  toApiParams,
  toQueryParams,
} from './action-query';

describe('action query', () => {
  it('reads the URL, ignoring what is not valid', () => {
    expect(
      parseActionQuery({
        objective: '21',
        unit: 'PF',
        status: 'late',
        overdue: 'true',
        stale: 'false',
        q: '  pacte ',
        sort: '-dueDate',
        page: '3',
      }),
    ).toEqual({
      objective: '21',
      unit: 'PF',
      status: 'late',
      overdue: true,
      stale: false,
      q: 'pacte',
      sort: '-dueDate',
      page: 3,
    });
    expect(
      parseActionQuery({ status: 'rouge', sort: 'colour', page: '-2', q: '' }),
    ).toEqual(EMPTY_QUERY);
  });

  it('turns filters into the API’s query parameters', () => {
    const query = {
      ...EMPTY_QUERY,
      objective: '21',
      unit: 'RH',
      status: 'at_risk' as const,
      overdue: true,
      stale: true,
      q: ' 1.2 ',
      sort: '-progress' as const,
      page: 2,
    };
    expect(toApiParams(5, query)).toEqual({
      axis: '5',
      objective: '21',
      unit: 'RH',
      status: 'at_risk',
      overdue: 'true',
      stale: 'true',
      q: '1.2',
      sort: '-progress',
      page: '2',
      pageSize: String(PAGE_SIZE),
    });
    expect(toApiParams(5, EMPTY_QUERY)).toEqual({
      axis: '5',
      sort: 'code',
      page: '1',
      pageSize: '20',
    });
  });

  it('keeps the URL short: defaults are removed, and the URL reads back the same query', () => {
    expect(toQueryParams(EMPTY_QUERY)).toEqual({
      objective: null,
      unit: null,
      status: null,
      overdue: null,
      stale: null,
      q: null,
      sort: null,
      page: null,
    });
    const query = {
      ...EMPTY_QUERY,
      overdue: true,
      sort: 'dueDate' as const,
      page: 4,
    };
    const params = Object.fromEntries(
      Object.entries(toQueryParams(query)).filter(([, v]) => v !== null),
    );
    expect(params).toEqual({ overdue: 'true', sort: 'dueDate', page: '4' });
    expect(parseActionQuery(params)).toEqual(query);
  });

  it('sorts ascending first, then descending, and says so with aria-sort', () => {
    expect(nextSort('code', 'dueDate')).toBe('dueDate');
    expect(nextSort('dueDate', 'dueDate')).toBe('-dueDate');
    expect(nextSort('-dueDate', 'dueDate')).toBe('dueDate');
    expect(ariaSort('-dueDate', 'dueDate')).toBe('descending');
    expect(ariaSort('dueDate', 'dueDate')).toBe('ascending');
    expect(ariaSort('dueDate', 'code')).toBe('none');
  });
});
