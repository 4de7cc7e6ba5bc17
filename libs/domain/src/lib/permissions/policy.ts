/**
 * The one permission policy of DESIGN §4. The API's guard enforces it on every request; the web
 * app calls the same function to hide what a user cannot do. Pure: it knows only what it is given.
 */
import { REGIONS } from '../regions/regions';
import type { Role } from '../roles/role';

export interface Actor {
  id: number;
  role: Role;
  unitCode: string | null;
  regionCode: string | null;
}

export const VERBS = [
  'read',
  /** Post a status update, edit an action's fields or milestones, enter national measurements. */
  'action.update',
  /** Update a regional deployment, enter regional measurements. */
  'deployment.update',
  'action.comment',
  'deployment.comment',
  /** Edit or delete a comment. */
  'comment.edit',
  /** Validate an axis for a cycle; send a cycle's reminders. */
  'axis.validate',
  /** Reopen an axis validated for a cycle, with a reason. */
  'axis.reopen',
  /** Plan structure, reporting cycles, imports. */
  'plan.manage',
  'users.manage',
  'audit.read',
] as const;

export type Verb = (typeof VERBS)[number];

/**
 * What the rule needs to know about the record: the action's owning unit (also for a deployment:
 * the unit of its action), the deployment's region, the comment's author.
 */
export interface ResourceContext {
  unitCode?: string | null;
  regionCode?: string | null;
  authorId?: number | null;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

export const DENIAL_REASONS = {
  unauthenticated: 'Authentification requise.',
  viewer: 'Un·e lecteur·rice ne peut rien modifier.',
  noUnit: 'Votre compte n’est rattaché à aucune sous-direction.',
  noRegion: 'Votre compte n’est rattaché à aucune région.',
  arsActionUpdate:
    'Un·e référent·e ARS ne met pas à jour l’action nationale, seulement le déploiement de sa région.',
  directorDeployment:
    'La direction ne met pas à jour les déploiements régionaux.',
  ownComment: 'Vous ne pouvez modifier que vos propres commentaires.',
  axisValidate: 'Seule la direction valide les axes d’une campagne et relance les retardataires.',
  axisReopen: 'Seule l’administration rouvre un axe validé pour une campagne.',
  planManage:
    'La gestion du plan, des campagnes et des imports est réservée à l’administration.',
  usersManage: 'La gestion des utilisateurs est réservée à l’administration.',
  auditRead:
    'Le journal d’audit est réservé à l’administration et à la direction.',
  unknown: 'Action non autorisée.',
} as const;

export function isVerb(value: unknown): value is Verb {
  return (
    typeof value === 'string' && (VERBS as readonly string[]).includes(value)
  );
}

/**
 * May `user` do `verb` on `resource`? Rules that depend on the record (own unit, own region, own
 * comment) deny when the record's unit, region or author is not given: the policy fails closed.
 */
export function can(
  user: Actor | null,
  verb: Verb,
  resource: ResourceContext = {},
): Decision {
  if (user === null) return deny(DENIAL_REASONS.unauthenticated);
  // Callers pass strings from routes and templates: an unknown verb is refused, never allowed.
  if (!isVerb(verb)) return deny(DENIAL_REASONS.unknown);
  if (verb === 'read') return ALLOW;
  // The admin-only and audit verbs are refused with their own reason, also to a viewer.
  switch (verb) {
    case 'plan.manage':
      return user.role === 'admin' ? ALLOW : deny(DENIAL_REASONS.planManage);
    case 'users.manage':
      return user.role === 'admin' ? ALLOW : deny(DENIAL_REASONS.usersManage);
    case 'axis.reopen':
      return user.role === 'admin' ? ALLOW : deny(DENIAL_REASONS.axisReopen);
    case 'audit.read':
      return user.role === 'admin' || user.role === 'director'
        ? ALLOW
        : deny(DENIAL_REASONS.auditRead);
    case 'axis.validate':
      if (user.role === 'viewer') return deny(DENIAL_REASONS.viewer);
      return user.role === 'admin' || user.role === 'director'
        ? ALLOW
        : deny(DENIAL_REASONS.axisValidate);
  }
  if (user.role === 'viewer') return deny(DENIAL_REASONS.viewer);
  // Everyone but a viewer edits their own comments, and only those, an admin included.
  if (verb === 'comment.edit') {
    return resource.authorId != null && resource.authorId === user.id
      ? ALLOW
      : deny(DENIAL_REASONS.ownComment);
  }
  switch (user.role) {
    case 'admin':
      return ALLOW;
    case 'director':
      return verb === 'deployment.update'
        ? deny(DENIAL_REASONS.directorDeployment)
        : ALLOW;
    case 'project_manager':
      return projectManager(user, verb, resource);
    case 'ars_liaison':
      return arsLiaison(user, verb, resource);
    default:
      return deny(DENIAL_REASONS.unknown);
  }
}

/** The verbs `user` may do on `resource`, in `VERBS` order (e.g. to show or hide buttons). */
export function allowedVerbs(
  user: Actor | null,
  resource?: ResourceContext,
): Verb[] {
  return VERBS.filter((verb) => can(user, verb, resource).allowed);
}

/** Writes their own unit's actions and those actions' deployments; comments anywhere. */
function projectManager(
  user: Actor,
  verb: Verb,
  resource: ResourceContext,
): Decision {
  switch (verb) {
    case 'action.comment':
    case 'deployment.comment':
      return ALLOW;
    case 'action.update':
    case 'deployment.update': {
      if (!user.unitCode) return deny(DENIAL_REASONS.noUnit);
      if (resource.unitCode != null && resource.unitCode === user.unitCode)
        return ALLOW;
      return deny(
        verb === 'action.update'
          ? `Seules les actions de votre sous-direction (${user.unitCode}) peuvent être mises à jour.`
          : `Seuls les déploiements des actions de votre sous-direction (${user.unitCode}) peuvent être mis à jour.`,
      );
    }
    default:
      return deny(DENIAL_REASONS.unknown);
  }
}

/** Reports on and comments their own region's deployments; comments actions; never updates them. */
function arsLiaison(
  user: Actor,
  verb: Verb,
  resource: ResourceContext,
): Decision {
  switch (verb) {
    case 'action.comment':
      return ALLOW;
    case 'action.update':
      return deny(DENIAL_REASONS.arsActionUpdate);
    case 'deployment.update':
    case 'deployment.comment': {
      if (!user.regionCode) return deny(DENIAL_REASONS.noRegion);
      if (
        resource.regionCode != null &&
        resource.regionCode === user.regionCode
      )
        return ALLOW;
      const region =
        REGIONS.find((r) => r.code === user.regionCode)?.name ??
        user.regionCode;
      return deny(
        verb === 'deployment.update'
          ? `Seul le déploiement de votre région (${region}) peut être mis à jour.`
          : `Vous ne pouvez commenter que le déploiement de votre région (${region}).`,
      );
    }
    default:
      return deny(DENIAL_REASONS.unknown);
  }
}

/**
 * May `user` do `verb` on at least some record (their own unit's action, their own region's
 * deployment, their own comment)? The API's guard asks this before loading the record; the
 * service then asks `can` with the record itself.
 */
export function canAttempt(user: Actor | null, verb: Verb): Decision {
  if (user === null) return can(null, verb);
  return can(user, verb, { unitCode: user.unitCode, regionCode: user.regionCode, authorId: user.id });
}
