import type { PlanState } from '@boussole/domain';
import { EntityManager } from 'typeorm';
import { AppError, invalid, notFound } from '../common/errors/app-error';
import { PlanEntity } from './plan.entity';

/** Why every write to an archived plan, or to anything under it, is refused (409). */
export const ARCHIVED_PLAN_REASON =
  'Ce projet stratégique est archivé : il se consulte mais ne se modifie plus (actions, points d’avancement, jalons, déploiements, commentaires, mesures, structure, indicateurs et campagnes).';

/** The one check of an archived plan, called by every write once its rows are read. */
export function assertPlanWritable(state: PlanState): void {
  if (state === 'archived') throw new AppError('conflict', ARCHIVED_PLAN_REASON);
}

/**
 * Locks the plan's row for the rest of the transaction, so that the administration writes of one
 * plan (structure, numbering, cycles, indicators, archiving) queue up; then refuses an archived
 * plan. `FOR NO KEY UPDATE` does not block the foreign-key checks of other writers.
 * `reference`: the plan is named in the body (`planId`), so an unknown one is a field error.
 */
export async function lockPlanForWrite(manager: EntityManager, planId: number, reference?: 'planId'): Promise<PlanEntity> {
  const plan = await manager.getRepository(PlanEntity).findOne({ where: { id: planId }, lock: { mode: 'for_no_key_update' } });
  if (!plan) {
    if (reference) throw invalid('Ce projet stratégique n’existe pas.', { [reference]: 'Projet stratégique introuvable.' });
    throw notFound('Projet stratégique');
  }
  assertPlanWritable(plan.state);
  return plan;
}
