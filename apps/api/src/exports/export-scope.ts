import type { IsoDate } from '@boussole/domain';
import type { DataSource } from 'typeorm';
import { invalid, notFound } from '../common/errors/app-error';
import { isIdText } from '../common/pipes/id.pipe';
import { parseDateParam, todayIso } from '../rollups/plan-clock';

/** What an export is of: a plan, as of a day, or as a cycle froze it. */
export interface ExportScope {
  planId: number;
  planTitle: string;
  startYear: number;
  endYear: number;
  /** The reference date of the figures; for a cycle, the latest day its axes were frozen. */
  asOf: IsoDate;
  cycle: { id: number; label: string } | null;
}

export interface ExportQuery {
  asOf?: unknown;
  cycle?: unknown;
}

/**
 * Checks the plan (404) and the options (400, in French) before anything is written, so that a
 * bad request gets a JSON error rather than a broken file.
 */
export async function resolveScope(db: DataSource, planId: number, query: ExportQuery): Promise<ExportScope> {
  const [plan]: { title: string; start_year: number; end_year: number }[] = await db.query(
    `SELECT title, start_year, end_year FROM plans WHERE id = $1`,
    [planId],
  );
  if (!plan) throw notFound('Projet stratégique');
  const base = { planId, planTitle: plan.title, startYear: plan.start_year, endYear: plan.end_year };
  const hasCycle = query.cycle !== undefined && query.cycle !== '';
  if (hasCycle && query.asOf !== undefined && query.asOf !== '') {
    throw invalid('Choisissez une date (« asOf ») ou une campagne (« cycle »), pas les deux.', {
      asOf: 'Avec « cycle », pas de date.',
      cycle: 'Avec « asOf », pas de campagne.',
    });
  }
  if (!hasCycle) return { ...base, asOf: parseDateParam('asOf', query.asOf, todayIso()), cycle: null };

  if (typeof query.cycle !== 'string' || !isIdText(query.cycle)) {
    throw invalid('La campagne « cycle » doit être un identifiant (entier positif).', { cycle: 'Entier positif attendu.' });
  }
  const [cycle]: { id: number; plan_id: number; label: string; as_of: IsoDate | null }[] = await db.query(
    `SELECT c.id, c.plan_id, c.label, (SELECT max(s.as_of)::text FROM cycle_snapshots s WHERE s.cycle_id = c.id) AS as_of
       FROM reporting_cycles c WHERE c.id = $1`,
    [Number(query.cycle)],
  );
  if (!cycle || cycle.plan_id !== planId) {
    throw invalid('Cette campagne n’est pas une campagne de ce projet stratégique.', { cycle: 'Campagne d’un autre projet ou inconnue.' });
  }
  if (!cycle.as_of) {
    throw invalid(`La campagne « ${cycle.label} » n’a encore rien de figé : aucun axe n’est validé et elle n’est pas close.`, {
      cycle: 'Rien de figé.',
    });
  }
  return { ...base, asOf: cycle.as_of, cycle: { id: cycle.id, label: cycle.label } };
}

/** `boussole-projet-2025-2027-2026-12-01`, or `…-t1-2026` for a cycle: ASCII, safe in any file system. */
export function exportFileName(scope: ExportScope, suffix = ''): string {
  const when = scope.cycle ? slug(scope.cycle.label) : scope.asOf;
  return `boussole-projet-${scope.startYear}-${scope.endYear}${suffix ? `-${suffix}` : ''}-${when}`;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What the workbook says it holds (its properties), in French. */
export function scopeDescription(scope: ExportScope): string {
  const [y, m, d] = scope.asOf.split('-');
  return scope.cycle
    ? `${scope.planTitle} — état figé de la campagne ${scope.cycle.label} (au ${d}/${m}/${y})`
    : `${scope.planTitle} — situation au ${d}/${m}/${y}`;
}
