import type { IndicatorAttachmentKind, IntermediateTarget } from '@boussole/domain';
import { EntityManager } from 'typeorm';
import { invalid } from '../common/errors/app-error';
import type { IndicatorEntity } from './indicator.entity';

export interface AttachmentColumns {
  axisId: number | null;
  objectiveId: number | null;
  actionId: number | null;
}

const NODE: Record<Exclude<IndicatorAttachmentKind, 'plan'>, { sql: string; name: string }> = {
  axis: { sql: `SELECT 1 FROM axes WHERE id = $1 AND plan_id = $2`, name: 'Cet axe' },
  objective: { sql: `SELECT 1 FROM objectives o JOIN axes a ON a.id = o.axis_id WHERE o.id = $1 AND a.plan_id = $2`, name: 'Cet objectif' },
  action: { sql: `SELECT 1 FROM actions WHERE id = $1 AND plan_id = $2`, name: 'Cette action' },
};

/** What an indicator is attached to: the plan itself, or one of its axes, objectives or actions. */
export async function attachmentColumns(
  manager: EntityManager,
  planId: number,
  attachedTo: { kind: IndicatorAttachmentKind; id?: number | null },
): Promise<AttachmentColumns> {
  const columns: AttachmentColumns = { axisId: null, objectiveId: null, actionId: null };
  if (attachedTo.kind === 'plan') return columns;
  if (attachedTo.id == null) {
    throw invalid('Indiquez l’axe, l’objectif ou l’action auquel l’indicateur est rattaché.', { 'attachedTo.id': 'Rattachement à préciser.' });
  }
  const node = NODE[attachedTo.kind];
  const [found] = await manager.query(node.sql, [attachedTo.id, planId]);
  if (!found) {
    const message = `${node.name} n’existe pas dans ce projet stratégique.`;
    throw invalid(message, { 'attachedTo.id': message });
  }
  columns[`${attachedTo.kind}Id`] = attachedTo.id;
  return columns;
}

export function attachmentOf(indicator: IndicatorEntity): { kind: IndicatorAttachmentKind; id: number } {
  if (indicator.actionId !== null) return { kind: 'action', id: indicator.actionId };
  if (indicator.objectiveId !== null) return { kind: 'objective', id: indicator.objectiveId };
  if (indicator.axisId !== null) return { kind: 'axis', id: indicator.axisId };
  return { kind: 'plan', id: indicator.planId };
}

/**
 * The target comes after the baseline; intermediate targets fall strictly between them, one per
 * date. Returns them in date order.
 */
export function checkedTargets(baselineDate: string, targetDate: string, intermediate: readonly IntermediateTarget[]): IntermediateTarget[] {
  if (targetDate <= baselineDate) {
    throw invalid('La date de la cible doit suivre la date de référence.', { targetDate: 'La date de la cible doit suivre la date de référence.' });
  }
  const seen = new Set<string>();
  intermediate.forEach((target, i) => {
    if (target.date <= baselineDate || target.date >= targetDate) {
      const message = 'Une cible intermédiaire tombe entre la date de référence et celle de la cible.';
      throw invalid(message, { [`intermediateTargets.${i}.date`]: message });
    }
    if (seen.has(target.date)) {
      throw invalid('Deux cibles intermédiaires ne peuvent pas porter la même date.', { [`intermediateTargets.${i}.date`]: 'Date déjà utilisée.' });
    }
    seen.add(target.date);
  });
  return [...intermediate].map((t) => ({ date: t.date, value: t.value })).sort((a, b) => a.date.localeCompare(b.date));
}

/** How many values it has, nationally and per region. */
export async function measurementCounts(manager: EntityManager, indicatorId: number): Promise<{ all: number; regional: number }> {
  const [row] = await manager.query(
    `SELECT count(*)::int AS all, count(region_code)::int AS regional FROM measurements WHERE indicator_id = $1`,
    [indicatorId],
  );
  return row;
}
