import { REGION_CODES } from '@boussole/domain';
import type { DemoIndicator } from './content/demo-content.types';
import { DemoRandom } from './demo-random';

export interface GeneratedMeasurement {
  period: string;
  regionCode: string | null;
  value: number;
}

const RATE_UNITS = ['%', 'jours', 'mois', 'pour 100 000 hab.'];
/** Units measured with decimals; any other unit counts whole things (« services d’urgence », « places »). */
const DECIMAL_UNITS = [...RATE_UNITS, 'GWh', 'ktCO2e'];

const MONTHS_PER_PERIOD = { month: 1, quarter: 3, year: 12 } as const;

/**
 * Measurements of an indicator from the period after its baseline to the last complete period
 * before today, following its `trend`; regional indicators get a value per region too.
 */
export function generateMeasurements(indicator: DemoIndicator, today: string, seed: string): GeneratedMeasurement[] {
  if (indicator.trend === 'none') return [];
  const random = new DemoRandom(`measurements:${seed}`);
  const step = MONTHS_PER_PERIOD[indicator.periodicity];
  const periods: string[] = [];
  let period = nextPeriodStart(indicator.baselineDate, step);
  while (addMonths(period, step) <= today) {
    periods.push(period);
    period = addMonths(period, step);
  }
  // A stale indicator stopped being measured a while ago.
  const kept = indicator.trend === 'stale' ? periods.slice(0, Math.max(1, periods.length - 3)) : periods;
  const factor = indicator.trend === 'behind' ? 0.35 : 1;
  const baselineMs = Date.parse(indicator.baselineDate);
  const span = Date.parse(indicator.targetDate) - baselineMs;
  const delta = indicator.targetValue - indicator.baselineValue;
  const magnitude = Math.max(Math.abs(indicator.baselineValue), Math.abs(indicator.targetValue), 1);
  const result: GeneratedMeasurement[] = [];
  // Nobody counts 91,1 departments: counts are whole numbers.
  const round = DECIMAL_UNITS.includes(indicator.unit) ? roundTenth : Math.round;
  for (const p of kept) {
    const share = Math.min(1, (Date.parse(addMonths(p, step)) - baselineMs) / span);
    const expected = indicator.baselineValue + delta * share * factor;
    result.push({ period: p, regionCode: null, value: round(expected + noise(random, magnitude)) });
    if (indicator.regional) {
      // Rates and delays compare across regions as they are; counts and volumes split between them.
      const perRegion = RATE_UNITS.includes(indicator.unit) ? 1 : 1 / REGION_CODES.length;
      for (const regionCode of REGION_CODES) {
        const regional = new DemoRandom(`${seed}:${regionCode}`);
        const regionFactor = 0.6 + regional.next() * 0.8;
        const value = (indicator.baselineValue + delta * share * factor * regionFactor) * perRegion;
        result.push({ period: p, regionCode, value: round(value + noise(random, magnitude * perRegion)) });
      }
    }
  }
  return result;
}

function noise(random: DemoRandom, magnitude: number): number {
  return (random.next() - 0.5) * magnitude * 0.01;
}

function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

function nextPeriodStart(date: string, stepMonths: number): string {
  const [y, m] = date.split('-').map(Number);
  const index = y * 12 + (m - 1);
  const start = index - (index % stepMonths) + stepMonths;
  return `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}-01`;
}

function addMonths(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
