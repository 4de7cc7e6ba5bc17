import { can, type Role } from '@boussole/domain';
import { EntityManager } from 'typeorm';
import { AppError, invalid } from '../common/errors/app-error';
import { countOf, listFr } from '../plans/structure-rules';

/** An action's code: `<axis>.<objective>.<n>` (DESIGN §2), unique in its plan. */
export const ACTION_CODE_PATTERN = /^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$/;

/** A deployment that is no longer as it was created (18 × not started, empty) has history. */
const DEPLOYMENT_TOUCHED = `(d.version > 1 OR d.updated_by IS NOT NULL OR d.status <> 'not_started' OR d.progress > 0 OR d.narrative IS NOT NULL)`;

export async function unitIdOf(manager: EntityManager, code: string): Promise<number> {
  const [unit] = await manager.query(`SELECT id FROM units WHERE code = $1`, [code]);
  if (!unit) throw invalid('Cette sous-direction n’existe pas.', { unitCode: 'Sous-direction inconnue.' });
  return unit.id;
}

/**
 * The owner is an active user who may update the action (DESIGN §2): a project manager of its
 * unit, a director or an admin, by the shared policy.
 */
export async function assertOwner(manager: EntityManager, ownerId: number | null | undefined, unitCode: string): Promise<void> {
  if (ownerId == null) return;
  const [owner]: { id: number; role: Role; active: boolean; unit_code: string | null; region_code: string | null }[] = await manager.query(
    `SELECT u.id, u.role, u.active, un.code AS unit_code, u.region_code FROM users u LEFT JOIN units un ON un.id = u.unit_id WHERE u.id = $1`,
    [ownerId],
  );
  if (!owner) throw invalid('Ce responsable n’existe pas.', { ownerId: 'Utilisateur inconnu.' });
  if (!owner.active) throw invalid('Ce compte est désactivé : choisissez un responsable actif.', { ownerId: 'Compte désactivé.' });
  const decision = can({ id: owner.id, role: owner.role, unitCode: owner.unit_code, regionCode: owner.region_code }, 'action.update', { unitCode });
  if (!decision.allowed) {
    const message = `Le responsable doit pouvoir mettre à jour l’action : un·e chef·fe de projet de la sous-direction ${unitCode}, la direction ou l’administration.`;
    throw invalid(message, { ownerId: message });
  }
}

export async function assertCodeFree(manager: EntityManager, planId: number, code: string, exceptId: number | null): Promise<void> {
  const [taken] = await manager.query(`SELECT 1 FROM actions WHERE plan_id = $1 AND code = $2 AND id IS DISTINCT FROM $3`, [planId, code, exceptId]);
  if (taken) {
    const message = `Le code ${code} est déjà celui d’une autre action de ce projet stratégique.`;
    throw new AppError('conflict', message, { fields: { code: message } });
  }
}

/** `<objective code>.<next free n>` inside the plan. */
export async function nextCode(manager: EntityManager, planId: number, objectiveCode: string): Promise<string> {
  const [row] = await manager.query(
    `SELECT coalesce(max(split_part(code, '.', 3)::int), 0) + 1 AS n FROM actions
      WHERE plan_id = $1 AND code ~ '^[0-9]+\\.[0-9]+\\.[0-9]+$' AND split_part(code, '.', 1) || '.' || split_part(code, '.', 2) = $2`,
    [planId, objectiveCode],
  );
  return `${objectiveCode}.${row.n}`;
}

export interface ObjectiveRef {
  id: number;
  axis_id: number;
  code: string;
  plan_id: number;
}

/** The objective named in a body (`objectiveId`): unknown, or of another plan, is a field error. */
export async function objectiveRef(manager: EntityManager, objectiveId: number, planId?: number): Promise<ObjectiveRef> {
  const [objective]: ObjectiveRef[] = await manager.query(
    `SELECT o.id, o.axis_id, o.code, a.plan_id FROM objectives o JOIN axes a ON a.id = o.axis_id WHERE o.id = $1`,
    [objectiveId],
  );
  if (!objective) throw invalid('Cet objectif n’existe pas.', { objectiveId: 'Objectif introuvable.' });
  if (planId !== undefined && objective.plan_id !== planId) {
    throw invalid('Une action ne se déplace que vers un objectif du même projet stratégique.', { objectiveId: 'Objectif d’un autre projet stratégique.' });
  }
  return objective;
}

/** How many actions an objective holds, leaving out `exceptId`. */
export async function actionCount(manager: EntityManager, objectiveId: number, exceptId: number): Promise<number> {
  const [row] = await manager.query(`SELECT count(*)::int AS n FROM actions WHERE objective_id = $1 AND id <> $2`, [objectiveId, exceptId]);
  return row.n;
}

/**
 * Rewrites the order of an objective's actions as 0..n-1, `actionId` at `position` (the end when
 * null), the others in their current order. Only the position changes: the versions the project
 * managers hold stay valid.
 */
export async function placeInObjective(manager: EntityManager, objectiveId: number, actionId: number | null, position: number | null): Promise<void> {
  const rows: { id: number }[] = await manager.query(
    `SELECT id FROM actions WHERE objective_id = $1 AND id IS DISTINCT FROM $2 ORDER BY position, string_to_array(code, '.')::int[], id`,
    [objectiveId, actionId],
  );
  const ids = rows.map((r) => r.id);
  if (actionId !== null) ids.splice(position ?? ids.length, 0, actionId);
  await manager.query(
    `UPDATE actions a SET position = v.n - 1 FROM unnest($1::int[]) WITH ORDINALITY AS v(id, n) WHERE a.id = v.id AND a.position <> v.n - 1`,
    [ids],
  );
}

/** Turning `regional` on: the 18 deployments, not started. */
export async function createDeployments(manager: EntityManager, actionId: number): Promise<void> {
  await manager.query(`INSERT INTO regional_deployments (action_id, region_code) SELECT $1, code FROM regions ORDER BY code`, [actionId]);
}

/** Turning `regional` off: only while no deployment has been reported on or commented (409). */
export async function removeDeployments(manager: EntityManager, actionId: number, code: string): Promise<void> {
  const [row]: { touched: number; comments: number }[] = await manager.query(
    `SELECT (SELECT count(*)::int FROM regional_deployments d WHERE d.action_id = $1 AND ${DEPLOYMENT_TOUCHED}) AS touched,
            (SELECT count(*)::int FROM comments WHERE action_id = $1 AND region_code IS NOT NULL) AS comments`,
    [actionId],
  );
  const history = [
    ...(row.touched ? [countOf(row.touched, 'région renseignée', 'régions renseignées')] : []),
    ...(row.comments ? [countOf(row.comments, 'commentaire régional', 'commentaires régionaux')] : []),
  ];
  if (history.length) {
    throw new AppError(
      'conflict',
      `Le déploiement régional de l’action ${code} a déjà un historique (${listFr(history)}) : elle ne peut plus cesser d’être régionale.`,
    );
  }
  await manager.query(`DELETE FROM regional_deployments WHERE action_id = $1`, [actionId]);
}

/** What makes an action's history (DESIGN §2), in French: « 4 points d’avancement, 2 commentaires ». */
export async function actionHistory(manager: EntityManager, actionId: number): Promise<string[]> {
  const [row]: Record<'updates' | 'comments' | 'deployments' | 'measurements' | 'milestones' | 'validations', number>[] = await manager.query(
    `SELECT (SELECT count(*)::int FROM status_updates WHERE action_id = $1) AS updates,
            (SELECT count(*)::int FROM comments WHERE action_id = $1) AS comments,
            (SELECT count(*)::int FROM regional_deployments d WHERE d.action_id = $1 AND ${DEPLOYMENT_TOUCHED}) AS deployments,
            (SELECT count(*)::int FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.action_id = $1) AS measurements,
            (SELECT count(*)::int FROM milestones WHERE action_id = $1 AND done) AS milestones,
            (SELECT count(*)::int FROM axis_validations v JOIN actions a ON a.axis_id = v.axis_id
              WHERE a.id = $1 AND v.validated_at >= a.created_at) AS validations`,
    [actionId],
  );
  const parts: [number, string, string][] = [
    [row.updates, 'point d’avancement', 'points d’avancement'],
    [row.comments, 'commentaire', 'commentaires'],
    [row.deployments, 'déploiement régional renseigné', 'déploiements régionaux renseignés'],
    [row.measurements, 'mesure d’indicateur', 'mesures d’indicateurs'],
    [row.milestones, 'jalon atteint', 'jalons atteints'],
    [row.validations, 'validation d’axe', 'validations d’axe'],
  ];
  return parts.filter(([n]) => n > 0).map(([n, one, many]) => countOf(n, one, many));
}
