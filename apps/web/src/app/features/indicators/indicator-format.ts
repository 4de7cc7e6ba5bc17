import {
  parseIsoDate,
  startOfPeriod,
  type IsoDate,
  type Periodicity,
} from '@boussole/domain';

const MONTH = new Intl.DateTimeFormat('fr-FR', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The period a measurement describes, in French: "mars 2026", "T1 2026", "2026". */
export function periodLabel(period: IsoDate, periodicity: Periodicity): string {
  const start = parseIsoDate(startOfPeriod(period, periodicity));
  const year = start.getUTCFullYear();
  switch (periodicity) {
    case 'month':
      return MONTH.format(start);
    case 'quarter':
      return `T${Math.floor(start.getUTCMonth() / 3) + 1} ${year}`;
    default:
      return String(year);
  }
}
