import {
  COMMENT_KIND_LABELS,
  CYCLE_STATE_LABELS,
  PLAN_STATE_LABELS,
  isIsoDate,
  isRole,
  isStatus,
  ROLE_LABELS,
  STATUS_LABELS,
} from '@boussole/domain';
import { domainText } from '../../core/i18n/domain-text';
import { dateText, numberText, percentText } from '../../core/i18n/page-format';

/**
 * The audited record types, in the order the journal's filter offers them, with their
 * names (the API's `entity_type` values; `apps/api/src/audit/`). The last three are accounts',
 * whose trail only an admin reads.
 */
export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  action: $localize`Action`,
  milestone: $localize`Jalon`,
  deployment: $localize`Déploiement régional`,
  indicator: $localize`Indicateur`,
  objective: $localize`Objectif`,
  axis: $localize`Axe`,
  plan: $localize`Projet stratégique`,
  cycle: $localize`Campagne de suivi`,
  import: $localize`Import de classeur`,
  comment: $localize`Commentaire`,
  user: $localize`Compte utilisateur`,
  session: $localize`Session`,
  login: $localize`Connexion`,
};

export function entityLabel(entityType: string): string {
  return AUDIT_ENTITY_LABELS[entityType] ?? entityType;
}

/** What each audited verb means; an unknown verb is shown as it is stored. */
const VERB_LABELS: Readonly<Record<string, string>> = {
  'action.create': $localize`Création de l’action`,
  'action.update': $localize`Modification de l’action`,
  'action.delete': $localize`Suppression de l’action`,
  'status_update.create': $localize`Mise à jour de la météo et de l’avancement`,
  'milestone.create': $localize`Ajout d’un jalon`,
  'milestone.update': $localize`Modification d’un jalon`,
  'milestone.delete': $localize`Suppression d’un jalon`,
  'deployment.update': $localize`Mise à jour d’un déploiement régional`,
  'indicator.create': $localize`Création de l’indicateur`,
  'indicator.update': $localize`Modification de l’indicateur`,
  'indicator.delete': $localize`Suppression de l’indicateur`,
  'measurement.create': $localize`Saisie d’une mesure`,
  'measurement.correct': $localize`Correction d’une mesure`,
  'cycle.create': $localize`Création de la campagne`,
  'cycle.update': $localize`Modification de la campagne`,
  'cycle.remind': $localize`Envoi des relances de la campagne`,
  'axis.validate': $localize`Validation d’un axe pour la campagne`,
  'axis.reopen': $localize`Réouverture d’un axe validé`,
  'axis.create': $localize`Création de l’axe`,
  'axis.update': $localize`Modification de l’axe`,
  'axis.delete': $localize`Suppression de l’axe`,
  'objective.create': $localize`Création de l’objectif`,
  'objective.update': $localize`Modification de l’objectif`,
  'objective.delete': $localize`Suppression de l’objectif`,
  'import.apply': $localize`Import d’un classeur`,
  'plan.create': $localize`Création du projet stratégique`,
  'plan.update': $localize`Modification du projet stratégique`,
  'comment.create': $localize`Ajout d’un commentaire`,
  'comment.update': $localize`Modification d’un commentaire`,
  'comment.delete': $localize`Suppression d’un commentaire`,
  'user.create': $localize`Création du compte`,
  'user.update': $localize`Modification du compte`,
  'user.deactivate': $localize`Désactivation du compte`,
  'user.reactivate': $localize`Réactivation du compte`,
  'invitation.create': $localize`Création d’un lien d’invitation ou de réinitialisation`,
  'password.set': $localize`Choix du mot de passe`,
  'password.change': $localize`Changement du mot de passe`,
  'password.change_failed': $localize`Échec d’un changement de mot de passe`,
  'password.reset_request': $localize`Demande de réinitialisation du mot de passe`,
  'auth.login': $localize`Connexion`,
  'auth.login_failed': $localize`Échec de connexion`,
  'auth.logout': $localize`Déconnexion`,
  'session.end': $localize`Fin d’une session`,
  'account.reminders': $localize`Réglage des relances par courriel`,
  'account.language': $localize`Choix de la langue de l’interface`,
};

export function verbLabel(verb: string): string {
  return VERB_LABELS[verb] ?? verb;
}

/** The name of a field of the stored before/after values; an unknown one is shown as it is. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  status: $localize`Météo`,
  progress: $localize`Avancement`,
  narrative: $localize`Commentaire`,
  title: $localize`Intitulé`,
  description: $localize`Description`,
  startDate: $localize`Date de début`,
  dueDate: $localize`Échéance`,
  weight: $localize`Poids`,
  ownerId: $localize`Responsable (compte)`,
  unitCode: $localize`Sous-direction`,
  regional: $localize`Déploiement régional`,
  code: $localize`Code`,
  objectiveId: $localize`Objectif (identifiant)`,
  position: $localize`Position`,
  name: $localize`Nom`,
  unit: $localize`Unité`,
  baselineValue: $localize`Valeur de référence`,
  baselineDate: $localize`Date de référence`,
  targetValue: $localize`Cible`,
  targetDate: $localize`Date de la cible`,
  intermediateTargets: $localize`Cibles intermédiaires`,
  periodicity: $localize`Périodicité`,
  source: $localize`Source`,
  definition: $localize`Définition`,
  attachedTo: $localize`Rattachement`,
  period: $localize`Période`,
  regionCode: $localize`Région`,
  value: $localize`Valeur`,
  label: $localize`Libellé`,
  opensOn: $localize`Ouverture`,
  closesOn: $localize`Clôture`,
  state: $localize`État`,
  kind: $localize`Type`,
  text: $localize`Texte`,
  email: $localize`Adresse électronique`,
  role: $localize`Rôle`,
  active: $localize`Compte actif`,
  comment: $localize`Commentaire`,
  reason: $localize`Motif`,
  axisNumber: $localize`Axe`,
  justifications: $localize`Justifications`,
  reminders: $localize`Relances par courriel`,
  sent: $localize`Messages envoyés`,
  optedOut: $localize`Relances désactivées`,
  recipients: $localize`Destinataires (comptes)`,
};

/** The kinds of a cycle's reminders (`cycle.remind`). */
const REMINDER_KINDS: Readonly<Record<string, string>> = {
  reminder_7d: $localize`Relance sept jours avant la clôture`,
  reminder_1d: $localize`Relance la veille de la clôture`,
  reminder_manual: $localize`Relance envoyée par la direction`,
};

/** Bookkeeping the reader does not need: the optimistic-lock version, the row written. */
const HIDDEN_FIELDS = new Set([
  'version',
  'statusUpdateId',
  'id',
  'validationId',
  'axisId',
  'linkId',
]);

/** One field that changed, as text (shown as text, never as HTML); null when there was no value. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** A stored value, readable: météo labels, numbers, percents and dates in the page's language, Oui/Non. */
export function readableValue(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field === 'status' && isStatus(value))
    return domainText(STATUS_LABELS[value]);
  if (field === 'role' && isRole(value)) return domainText(ROLE_LABELS[value]);
  if (typeof value === 'string') {
    // Plan and cycle states do not overlap, so one field name serves both.
    const domainNamed =
      field === 'state'
        ? ((PLAN_STATE_LABELS as Record<string, string>)[value] ??
          (CYCLE_STATE_LABELS as Record<string, string>)[value])
        : field === 'kind'
          ? (COMMENT_KIND_LABELS as Record<string, string>)[value]
          : undefined;
    if (domainNamed) return domainText(domainNamed);
    const named = field === 'kind' ? REMINDER_KINDS[value] : undefined;
    if (named) return named;
  }
  if (typeof value === 'boolean')
    return value ? $localize`Oui` : $localize`Non`;
  if (typeof value === 'number') {
    return field === 'progress' ? percentText(value) : numberText(value);
  }
  if (typeof value === 'string') {
    return isIsoDate(value) ? dateText(value) : value;
  }
  if (Array.isArray(value) && value.length === 0) return null;
  if (field === 'justifications' && Array.isArray(value)) {
    // As frozen at validation: `{ actionId, code, title, text }` each.
    return value
      .map((item: unknown) => {
        const entry = record(item);
        return entry
          ? $localize`${String(entry['code'] ?? entry['actionId'] ?? '')}:CODE:\u00a0: ${String(entry['text'] ?? '')}:TEXT:`
          : JSON.stringify(item);
      })
      .join($localize`\u00a0; `);
  }
  return JSON.stringify(value);
}

/**
 * The fields that differ between the stored before and after values (a creation has only
 * "after", a removal only "before"), in the order they were stored.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const was = record(before) ?? {};
  const is = record(after) ?? {};
  const fields = [...new Set([...Object.keys(was), ...Object.keys(is)])];
  return (
    fields
      .filter((field) => !HIDDEN_FIELDS.has(field))
      .filter(
        (field) => JSON.stringify(was[field]) !== JSON.stringify(is[field]),
      )
      .map((field) => ({
        field: FIELD_LABELS[field] ?? field,
        before: readableValue(field, was[field]),
        after: readableValue(field, is[field]),
      }))
      // Nothing on either side once read (absent, empty text or list): no change worth a line.
      .filter((change) => change.before !== null || change.after !== null)
  );
}
