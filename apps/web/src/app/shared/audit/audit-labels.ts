import {
  COMMENT_KIND_LABELS,
  CYCLE_STATE_LABELS,
  PLAN_STATE_LABELS,
  formatDateFr,
  formatNumberFr,
  formatPercentFr,
  isIsoDate,
  isRole,
  isStatus,
  ROLE_LABELS,
  STATUS_LABELS,
} from '@boussole/domain';

/**
 * The audited record types, in the order the journal's filter offers them, with their French
 * names (the API's `entity_type` values; `apps/api/src/audit/`). The last three are accounts',
 * whose trail only an admin reads.
 */
export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  action: 'Action',
  milestone: 'Jalon',
  deployment: 'Déploiement régional',
  indicator: 'Indicateur',
  objective: 'Objectif',
  axis: 'Axe',
  plan: 'Projet stratégique',
  cycle: 'Campagne de suivi',
  import: 'Import de classeur',
  comment: 'Commentaire',
  user: 'Compte utilisateur',
  session: 'Session',
  login: 'Connexion',
};

export function entityLabel(entityType: string): string {
  return AUDIT_ENTITY_LABELS[entityType] ?? entityType;
}

/** What each audited verb means, in French; an unknown verb is shown as it is stored. */
const VERB_LABELS: Readonly<Record<string, string>> = {
  'action.create': 'Création de l’action',
  'action.update': 'Modification de l’action',
  'action.delete': 'Suppression de l’action',
  'status_update.create': 'Mise à jour de la météo et de l’avancement',
  'milestone.create': 'Ajout d’un jalon',
  'milestone.update': 'Modification d’un jalon',
  'milestone.delete': 'Suppression d’un jalon',
  'deployment.update': 'Mise à jour d’un déploiement régional',
  'indicator.create': 'Création de l’indicateur',
  'indicator.update': 'Modification de l’indicateur',
  'indicator.delete': 'Suppression de l’indicateur',
  'measurement.create': 'Saisie d’une mesure',
  'measurement.correct': 'Correction d’une mesure',
  'cycle.create': 'Création de la campagne',
  'cycle.update': 'Modification de la campagne',
  'cycle.remind': 'Envoi des relances de la campagne',
  'axis.validate': 'Validation d’un axe pour la campagne',
  'axis.reopen': 'Réouverture d’un axe validé',
  'axis.create': 'Création de l’axe',
  'axis.update': 'Modification de l’axe',
  'axis.delete': 'Suppression de l’axe',
  'objective.create': 'Création de l’objectif',
  'objective.update': 'Modification de l’objectif',
  'objective.delete': 'Suppression de l’objectif',
  'import.apply': 'Import d’un classeur',
  'plan.create': 'Création du projet stratégique',
  'plan.update': 'Modification du projet stratégique',
  'comment.create': 'Ajout d’un commentaire',
  'comment.update': 'Modification d’un commentaire',
  'comment.delete': 'Suppression d’un commentaire',
  'user.create': 'Création du compte',
  'user.update': 'Modification du compte',
  'user.deactivate': 'Désactivation du compte',
  'user.reactivate': 'Réactivation du compte',
  'invitation.create': 'Création d’un lien d’invitation ou de réinitialisation',
  'password.set': 'Choix du mot de passe',
  'password.change': 'Changement du mot de passe',
  'password.change_failed': 'Échec d’un changement de mot de passe',
  'password.reset_request': 'Demande de réinitialisation du mot de passe',
  'auth.login': 'Connexion',
  'auth.login_failed': 'Échec de connexion',
  'auth.logout': 'Déconnexion',
  'session.end': 'Fin d’une session',
  'account.reminders': 'Réglage des relances par courriel',
  'account.language': 'Choix de la langue de l’interface',
};

export function verbLabel(verb: string): string {
  return VERB_LABELS[verb] ?? verb;
}

/** The French name of a field of the stored before/after values; an unknown one is shown as it is. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  status: 'Météo',
  progress: 'Avancement',
  narrative: 'Commentaire',
  title: 'Intitulé',
  description: 'Description',
  startDate: 'Date de début',
  dueDate: 'Échéance',
  weight: 'Poids',
  ownerId: 'Responsable (compte)',
  unitCode: 'Sous-direction',
  regional: 'Déploiement régional',
  code: 'Code',
  objectiveId: 'Objectif (identifiant)',
  position: 'Position',
  name: 'Nom',
  unit: 'Unité',
  baselineValue: 'Valeur de référence',
  baselineDate: 'Date de référence',
  targetValue: 'Cible',
  targetDate: 'Date de la cible',
  intermediateTargets: 'Cibles intermédiaires',
  periodicity: 'Périodicité',
  source: 'Source',
  definition: 'Définition',
  attachedTo: 'Rattachement',
  period: 'Période',
  regionCode: 'Région',
  value: 'Valeur',
  label: 'Libellé',
  opensOn: 'Ouverture',
  closesOn: 'Clôture',
  state: 'État',
  kind: 'Type',
  text: 'Texte',
  email: 'Adresse électronique',
  role: 'Rôle',
  active: 'Compte actif',
  comment: 'Commentaire',
  reason: 'Motif',
  axisNumber: 'Axe',
  justifications: 'Justifications',
  reminders: 'Relances par courriel',
  sent: 'Messages envoyés',
  optedOut: 'Relances désactivées',
  recipients: 'Destinataires (comptes)',
};

/** The kinds of a cycle's reminders (`cycle.remind`). */
const REMINDER_KINDS: Readonly<Record<string, string>> = {
  reminder_7d: 'Relance sept jours avant la clôture',
  reminder_1d: 'Relance la veille de la clôture',
  reminder_manual: 'Relance envoyée par la direction',
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

/** A stored value, readable: météo labels, French numbers, percents and dates, Oui/Non. */
export function readableValue(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field === 'status' && isStatus(value)) return STATUS_LABELS[value];
  if (field === 'role' && isRole(value)) return ROLE_LABELS[value];
  if (typeof value === 'string') {
    // Plan and cycle states do not overlap, so one field name serves both.
    const named =
      field === 'state'
        ? ((PLAN_STATE_LABELS as Record<string, string>)[value] ??
          (CYCLE_STATE_LABELS as Record<string, string>)[value])
        : field === 'kind'
          ? ((COMMENT_KIND_LABELS as Record<string, string>)[value] ??
            REMINDER_KINDS[value])
          : undefined;
    if (named) return named;
  }
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'number') {
    return field === 'progress'
      ? formatPercentFr(value)
      : formatNumberFr(value);
  }
  if (typeof value === 'string') {
    return isIsoDate(value) ? formatDateFr(value) : value;
  }
  if (Array.isArray(value) && value.length === 0) return null;
  if (field === 'justifications' && Array.isArray(value)) {
    // As frozen at validation: `{ actionId, code, title, text }` each.
    return value
      .map((item: unknown) => {
        const entry = record(item);
        return entry
          ? `${String(entry['code'] ?? entry['actionId'] ?? '')}\u00a0: ${String(entry['text'] ?? '')}`
          : JSON.stringify(item);
      })
      .join('\u00a0; ');
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
