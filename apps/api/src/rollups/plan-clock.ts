import { isIsoDate, type CyclePayload, type IsoDate } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { invalid, notFound } from '../common/errors/app-error';

/** Today as a UTC calendar day, the reference date of every figure unless one asks "as of". */
export function todayIso(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/** A date parameter (`asOf`, `since`): `YYYY-MM-DD`, a real day, not in the future. */
export function parseDateParam(name: string, value: unknown, fallback: IsoDate): IsoDate {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw invalid(`La date « ${name} » doit être une date réelle au format AAAA-MM-JJ.`, { [name]: 'Format attendu : AAAA-MM-JJ.' });
  }
  if (value > todayIso()) {
    throw invalid(`La date « ${name} » ne peut pas être dans le futur.`, { [name]: 'Date future.' });
  }
  return value;
}

export interface PlanClock {
  planId: number;
  planTitle: string;
  asOf: IsoDate;
  /** The reporting cycle open at `asOf` (today: the open one), from which freshness is measured. */
  cycle: CyclePayload | null;
}

interface CycleRow {
  id: number;
  plan_id: number;
  label: string;
  opens_on: string;
  closes_on: string;
  state: CyclePayload['state'];
  version: number;
}

/**
 * The reporting cycle open at `asOf` of the plan `p` (as a LATERAL join's subquery): today the open
 * one, else the one whose dates hold that day. Written once for planClock and the roll-up statement.
 */
export const cycleAtSql = (asOf: string, today: string) => `
  SELECT * FROM reporting_cycles c
   WHERE c.plan_id = p.id
     AND (CASE WHEN ${asOf}::date = ${today}::date THEN c.state = 'open'
               ELSE c.opens_on <= ${asOf}::date AND c.closes_on >= ${asOf}::date END)
   ORDER BY c.opens_on DESC LIMIT 1`;

/** The plan (404 if unknown), the reference date and the cycle open at that date. */
export async function planClock(db: DataSource | EntityManager, planId: number, asOf: IsoDate): Promise<PlanClock> {
  const rows: (CycleRow & { plan_title: string })[] = await db.query(
    `SELECT p.title AS plan_title, c.id, c.plan_id, c.label, c.opens_on, c.closes_on, c.state, c.version
       FROM plans p
       LEFT JOIN LATERAL (${cycleAtSql('$2', '$3')}) c ON true
      WHERE p.id = $1`,
    [planId, asOf, todayIso()],
  );
  if (rows.length === 0) throw notFound('Projet stratégique');
  const c = rows[0];
  return {
    planId,
    planTitle: c.plan_title,
    asOf,
    cycle: c.id
      ? { id: c.id, planId: c.plan_id, label: c.label, opensOn: c.opens_on, closesOn: c.closes_on, state: c.state, version: c.version }
      : null,
  };
}
