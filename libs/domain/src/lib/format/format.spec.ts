import {
  formatDateFr,
  formatDateTimeFr,
  formatNumberFr,
  formatPercentFr,
  formatPointsFr,
} from './format';

// What Intl's fr-FR prints, spelled out so the expectations are readable:
const NNBSP = '\u202f'; // narrow no-break space: the thousands separator
const NBSP = '\u00a0'; // no-break space: before the % sign
const MINUS = '\u2212';

describe('formatDateFr', () => {
  it.each([
    ['2026-11-24', '24/11/2026'],
    ['2025-01-05', '05/01/2025'],
    // UTC calendar day: no time zone can move it to the 31st.
    ['2026-01-01', '01/01/2026'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateFr(iso)).toBe(expected);
  });

  it('refuses an impossible date', () => {
    expect(() => formatDateFr('2025-02-30')).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});

describe('formatDateTimeFr', () => {
  it.each([
    // Winter: UTC+1.
    ['2026-11-24T13:05:00Z', '24/11/2026 à 14:05'],
    // Summer: UTC+2.
    ['2026-07-14T08:00:00.000Z', '14/07/2026 à 10:00'],
    // Late UTC evening is already the next day in Paris.
    ['2026-03-31T22:30:00Z', '01/04/2026 à 00:30'],
    // The night of the change to summer time (29 March 2026, 2:00 → 3:00).
    ['2026-03-29T01:30:00Z', '29/03/2026 à 03:30'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateTimeFr(iso)).toBe(expected);
  });

  it('refuses what is not a date-time', () => {
    expect(() => formatDateTimeFr('hier')).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});

describe('formatNumberFr', () => {
  it.each([
    [1234.5, `1${NNBSP}234,5`],
    [655, '655'],
    [1234567, `1${NNBSP}234${NNBSP}567`],
    [0.125, '0,13'],
    [-1234.5, `-1${NNBSP}234,5`],
  ])('%d → %j', (value, expected) => {
    expect(formatNumberFr(value)).toBe(expected);
  });

  it('takes a number of decimals', () => {
    expect(formatNumberFr(33.333, 1)).toBe('33,3');
    expect(formatNumberFr(33.333, 0)).toBe('33');
  });
});

describe('formatPercentFr', () => {
  it.each([
    [42, `42${NBSP}%`],
    [0, `0${NBSP}%`],
    [100, `100${NBSP}%`],
    [42.25, `42,3${NBSP}%`],
    [66.66, `66,7${NBSP}%`],
  ])('%d → %j', (value, expected) => {
    expect(formatPercentFr(value)).toBe(expected);
  });
});

describe('formatPointsFr', () => {
  it.each([
    [-35, `${MINUS}35${NBSP}points`],
    [5, `+5${NBSP}points`],
    [1, `+1${NBSP}point`],
    [-1.5, `${MINUS}1,5${NBSP}point`],
    [0, `0${NBSP}point`],
    [-20.25, `${MINUS}20,3${NBSP}points`],
  ])('%d → %j', (value, expected) => {
    expect(formatPointsFr(value)).toBe(expected);
  });
});
