import {
  EMPTY_QUERY,
  ariaSort,
  hasFilters,
  nextSort,
  parseActionQuery,
  toApiParams,
  toQueryParams,
} from './action-query';
import { actionsListLink } from './actions-list-link';

describe('action query', () => {
  it('reads the URL, ignoring what is not valid', () => {
    expect(
      parseActionQuery({
        axis: '3',
        objective: '21',
        unit: 'PF',
        owner: '7',
        status: 'late',
        signal: 'status_check,indicator_stale,overdue',
        region: '53',
        q: '  pacte ',
        sort: '-dueDate',
        page: '3',
      }),
    ).toEqual({
      axis: '3',
      objective: '21',
      unit: 'PF',
      owner: '7',
      status: 'late',
      // Each once, in the domain's order; an indicator's signal is no action's.
      signals: ['overdue', 'status_check'],
      region: '53',
      q: 'pacte',
      sort: '-dueDate',
      page: 3,
    });
    expect(
      parseActionQuery({
        status: 'rouge',
        sort: 'colour',
        page: '-2',
        q: '',
        owner: 'moi',
        axis: '0',
        region: '99',
        signal: 'vert',
      }),
    ).toEqual(EMPTY_QUERY);
  });

  it('still reads the links made before signal=, with overdue and stale', () => {
    expect(
      parseActionQuery({ stale: 'true', overdue: 'true', signal: 'stale' })
        .signals,
    ).toEqual(['overdue', 'stale']);
    expect(parseActionQuery({ overdue: 'false' }).signals).toEqual([]);
  });

  it('turns filters into the API’s query parameters, within the page’s scope', () => {
    const query = {
      ...EMPTY_QUERY,
      axis: '4',
      objective: '21',
      unit: 'RH',
      owner: '9',
      status: 'at_risk' as const,
      signals: ['overdue', 'regional_laggard'] as const,
      region: '04',
      q: ' 1.2 ',
      sort: '-progress' as const,
      page: 2,
    };
    expect(toApiParams({ plan: 1 }, query, 50)).toEqual({
      plan: '1',
      axis: '4',
      objective: '21',
      unit: 'RH',
      owner: '9',
      status: 'at_risk',
      signal: 'overdue,regional_laggard',
      region: '04',
      q: '1.2',
      sort: '-progress',
      page: '2',
      pageSize: '50',
    });
    // An axis's page is that axis's, whatever its URL says.
    expect(toApiParams({ axis: 5 }, query, 20)['axis']).toBe('5');
    expect(toApiParams({ axis: 5 }, EMPTY_QUERY, 20)).toEqual({
      axis: '5',
      sort: 'code',
      page: '1',
      pageSize: '20',
    });
  });

  it('keeps the URL short: defaults are removed, and the URL reads back the same query', () => {
    expect(
      Object.values(toQueryParams(EMPTY_QUERY)).every((v) => v === null),
    ).toBe(true);
    const query = {
      ...EMPTY_QUERY,
      signals: ['stale', 'schedule_gap'] as const,
      owner: '12',
      sort: 'dueDate' as const,
      page: 4,
    };
    const params = Object.fromEntries(
      Object.entries(toQueryParams(query)).filter(([, v]) => v !== null),
    );
    expect(params).toEqual({
      owner: '12',
      signal: 'stale,schedule_gap',
      sort: 'dueDate',
      page: '4',
    });
    expect(parseActionQuery(params)).toEqual(query);
    expect(hasFilters(EMPTY_QUERY)).toBe(false);
    expect(hasFilters({ ...EMPTY_QUERY, region: '11' })).toBe(true);
    expect(hasFilters({ ...EMPTY_QUERY, sort: '-code', page: 3 })).toBe(false);
  });

  it('builds the one link to the plan’s list, with only what it filters on', () => {
    expect(actionsListLink(1)).toEqual({
      commands: ['/plans', 1, 'actions'],
      queryParams: {},
    });
    const link = actionsListLink('1', {
      axis: 11,
      signal: 'overdue',
      region: '53',
      owner: 4,
    });
    expect(link).toEqual({
      commands: ['/plans', '1', 'actions'],
      queryParams: { axis: '11', owner: '4', signal: 'overdue', region: '53' },
    });
    expect(parseActionQuery(link.queryParams)).toEqual({
      ...EMPTY_QUERY,
      axis: '11',
      owner: '4',
      signals: ['overdue'],
      region: '53',
    });
    expect(
      actionsListLink(2, { signal: ['stale', 'overdue'] }).queryParams,
    ).toEqual({ signal: 'overdue,stale' });
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
