import type { Role } from '../roles/role';
import { can, type Actor, type ResourceContext, type Verb } from './policy';

// The reasons a denial gives, and the cases the matrix of policy.spec.ts does not spell out.
const actors: Record<Role, Actor> = {
  admin: { id: 1, role: 'admin', unitCode: null, regionCode: null },
  director: { id: 2, role: 'director', unitCode: null, regionCode: null },
  project_manager: {
    id: 3,
    role: 'project_manager',
    unitCode: 'PF',
    regionCode: null,
  },
  ars_liaison: { id: 4, role: 'ars_liaison', unitCode: null, regionCode: '11' },
  viewer: { id: 5, role: 'viewer', unitCode: null, regionCode: null },
};

describe('can: reasons', () => {
  const pm = actors.project_manager;
  const ars = actors.ars_liaison;
  const other = { unitCode: 'RH', regionCode: '53', authorId: 99 };

  it.each<[string, Actor, Verb, ResourceContext | undefined, string]>([
    [
      'viewer writes',
      actors.viewer,
      'action.update',
      undefined,
      'Un·e lecteur·rice ne peut rien modifier.',
    ],
    [
      'viewer comments',
      actors.viewer,
      'action.comment',
      undefined,
      'Un·e lecteur·rice ne peut rien modifier.',
    ],
    [
      'another unit’s action',
      pm,
      'action.update',
      other,
      'Seules les actions de votre sous-direction (PF) peuvent être mises à jour.',
    ],
    [
      'another unit’s deployment',
      pm,
      'deployment.update',
      other,
      'Seuls les déploiements des actions de votre sous-direction (PF) peuvent être mis à jour.',
    ],
    [
      'liaison on the national action',
      ars,
      'action.update',
      { unitCode: 'PF' },
      'Un·e référent·e ARS ne met pas à jour l’action nationale, seulement le déploiement de sa région.',
    ],
    [
      'another region’s deployment',
      ars,
      'deployment.update',
      { regionCode: '53' },
      'Seul le déploiement de votre région (Île-de-France) peut être mis à jour.',
    ],
    [
      'comment on another region',
      ars,
      'deployment.comment',
      { regionCode: '53' },
      'Vous ne pouvez commenter que le déploiement de votre région (Île-de-France).',
    ],
    [
      'someone else’s comment',
      actors.admin,
      'comment.edit',
      { authorId: 3 },
      'Vous ne pouvez modifier que vos propres commentaires.',
    ],
    [
      'director and deployments',
      actors.director,
      'deployment.update',
      { regionCode: '11' },
      'La direction ne met pas à jour les déploiements régionaux.',
    ],
    [
      'validating an axis',
      pm,
      'axis.validate',
      undefined,
      'Seule la direction valide les axes d’une campagne et relance les retardataires.',
    ],
    [
      'reopening a validated axis',
      actors.director,
      'axis.reopen',
      undefined,
      'Seule l’administration rouvre un axe validé pour une campagne.',
    ],
    [
      'a viewer reopening an axis',
      actors.viewer,
      'axis.reopen',
      undefined,
      'Seule l’administration rouvre un axe validé pour une campagne.',
    ],
    [
      'managing the plan',
      actors.director,
      'plan.manage',
      undefined,
      'La gestion du plan, des campagnes et des imports est réservée à l’administration.',
    ],
    [
      'managing users',
      actors.director,
      'users.manage',
      undefined,
      'La gestion des utilisateurs est réservée à l’administration.',
    ],
    [
      'reading the audit',
      actors.viewer,
      'audit.read',
      undefined,
      'Le journal d’audit est réservé à l’administration et à la direction.',
    ],
  ])('%s', (_case, actor, verb, resource, reason) => {
    expect(can(actor, verb, resource)).toEqual({ allowed: false, reason });
  });
});

describe('can: edge cases', () => {
  it('lets a project manager update a deployment of their unit’s action in any region', () => {
    expect(
      can(actors.project_manager, 'deployment.update', {
        unitCode: 'PF',
        regionCode: '53',
      }).allowed,
    ).toBe(true);
  });

  it('lets a liaison update their region’s deployment of any unit’s action', () => {
    expect(
      can(actors.ars_liaison, 'deployment.update', {
        unitCode: 'RH',
        regionCode: '11',
      }).allowed,
    ).toBe(true);
  });

  it('denies a project manager attached to no unit, even on a record without unit', () => {
    const pm: Actor = { ...actors.project_manager, unitCode: null };
    expect(can(pm, 'action.update', { unitCode: null })).toEqual({
      allowed: false,
      reason: 'Votre compte n’est rattaché à aucune sous-direction.',
    });
  });

  it('denies a liaison attached to no region, even on a record without region', () => {
    const ars: Actor = { ...actors.ars_liaison, regionCode: null };
    expect(can(ars, 'deployment.update', { regionCode: null })).toEqual({
      allowed: false,
      reason: 'Votre compte n’est rattaché à aucune région.',
    });
  });

  it('compares unit codes exactly', () => {
    expect(
      can(actors.project_manager, 'action.update', { unitCode: 'pf' }).allowed,
    ).toBe(false);
  });

  it('does not take a comment without author for one’s own', () => {
    expect(can(actors.admin, 'comment.edit', { authorId: null }).allowed).toBe(
      false,
    );
  });

  it('refuses a verb it does not know, even to an admin', () => {
    expect(can(actors.admin, 'everything' as Verb)).toEqual({
      allowed: false,
      reason: 'Action non autorisée.',
    });
  });
});
