import type { Role } from '../roles/role';
import {
  allowedVerbs,
  canAttempt,
  can,
  isVerb,
  VERBS,
  type Actor,
  type ResourceContext,
  type Verb,
} from './policy';

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

type Scope = 'own' | 'other' | 'none';

/**
 * The record, seen from `actor`: "own" is the project manager's unit (PF), the liaison's region
 * (11) and the actor's own comment; "other" is another unit (RH), region (53) and author; "none"
 * gives no record at all.
 */
function resourceFor(actor: Actor, scope: Scope): ResourceContext | undefined {
  if (scope === 'own')
    return { unitCode: 'PF', regionCode: '11', authorId: actor.id };
  if (scope === 'other')
    return { unitCode: 'RH', regionCode: '53', authorId: 99 };
  return undefined;
}

/**
 * DESIGN §4, written out by hand. Each cell reads own / other / none: Y allowed, N denied.
 */
// prettier-ignore
const MATRIX: Record<Verb, Record<Role, string>> = {
  //                     admin         director         project_manager          ars_liaison          viewer
  'read':               { admin: 'YYY', director: 'YYY', project_manager: 'YYY', ars_liaison: 'YYY', viewer: 'YYY' },
  'action.update':      { admin: 'YYY', director: 'YYY', project_manager: 'YNN', ars_liaison: 'NNN', viewer: 'NNN' },
  'deployment.update':  { admin: 'YYY', director: 'NNN', project_manager: 'YNN', ars_liaison: 'YNN', viewer: 'NNN' },
  'action.comment':     { admin: 'YYY', director: 'YYY', project_manager: 'YYY', ars_liaison: 'YYY', viewer: 'NNN' },
  'deployment.comment': { admin: 'YYY', director: 'YYY', project_manager: 'YYY', ars_liaison: 'YNN', viewer: 'NNN' },
  'comment.edit':       { admin: 'YNN', director: 'YNN', project_manager: 'YNN', ars_liaison: 'YNN', viewer: 'NNN' },
  'axis.validate':      { admin: 'YYY', director: 'YYY', project_manager: 'NNN', ars_liaison: 'NNN', viewer: 'NNN' },
  'axis.reopen':        { admin: 'YYY', director: 'NNN', project_manager: 'NNN', ars_liaison: 'NNN', viewer: 'NNN' },
  'plan.manage':        { admin: 'YYY', director: 'NNN', project_manager: 'NNN', ars_liaison: 'NNN', viewer: 'NNN' },
  'users.manage':       { admin: 'YYY', director: 'NNN', project_manager: 'NNN', ars_liaison: 'NNN', viewer: 'NNN' },
  'audit.read':         { admin: 'YYY', director: 'YYY', project_manager: 'NNN', ars_liaison: 'NNN', viewer: 'NNN' },
};

const SCOPES: Scope[] = ['own', 'other', 'none'];
const ROLES = Object.keys(actors) as Role[];

const table = VERBS.flatMap((verb) =>
  ROLES.flatMap((role) =>
    SCOPES.map((scope, i) => ({
      role,
      verb,
      scope,
      allowed: MATRIX[verb][role][i] === 'Y',
    })),
  ),
);

/** A French sentence: capital first, final full stop, no English policy words. */
const FRENCH_SENTENCE = /^[A-ZÀÉÈÊÎÔÛÇ].*\.$/;

describe('can: the DESIGN §4 matrix', () => {
  it('covers every verb and every role', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...VERBS].sort());
    expect(table).toHaveLength(VERBS.length * 5 * 3);
  });

  it.each(table)(
    '$role may $verb on $scope record: $allowed',
    ({ role, verb, scope, allowed }) => {
      const actor = actors[role];
      const decision = can(actor, verb, resourceFor(actor, scope));
      expect(decision.allowed).toBe(allowed);
      if (!decision.allowed) {
        expect(decision.reason).toMatch(FRENCH_SENTENCE);
        expect(decision.reason).not.toMatch(
          /forbidden|denied|not allowed|permission/i,
        );
      }
    },
  );
});

describe('can: an unauthenticated user', () => {
  it.each(VERBS.flatMap((verb) => SCOPES.map((scope) => ({ verb, scope }))))(
    'may not $verb ($scope record)',
    ({ verb, scope }) => {
      expect(can(null, verb, resourceFor(actors.admin, scope))).toEqual({
        allowed: false,
        reason: 'Authentification requise.',
      });
    },
  );
});

describe('allowedVerbs', () => {
  it('lists what each role may do on its own record, in VERBS order', () => {
    const own = (role: Role) =>
      allowedVerbs(actors[role], resourceFor(actors[role], 'own'));
    expect(own('admin')).toEqual([...VERBS]);
    expect(own('director')).toEqual(
      VERBS.filter(
        (v) =>
          !['deployment.update', 'axis.reopen', 'plan.manage', 'users.manage'].includes(v),
      ),
    );
    expect(own('project_manager')).toEqual([
      'read',
      'action.update',
      'deployment.update',
      'action.comment',
      'deployment.comment',
      'comment.edit',
    ]);
    expect(own('ars_liaison')).toEqual([
      'read',
      'deployment.update',
      'action.comment',
      'deployment.comment',
      'comment.edit',
    ]);
    expect(own('viewer')).toEqual(['read']);
  });

  it('lists nothing for an unauthenticated user', () => {
    expect(allowedVerbs(null)).toEqual([]);
  });
});

describe('isVerb', () => {
  it('knows the verbs', () => {
    expect(isVerb('action.update')).toBe(true);
    expect(isVerb('action.delete')).toBe(false);
    expect(isVerb(42)).toBe(false);
  });
});

describe('canAttempt (the guard’s question before the record is loaded)', () => {
  const pm = { id: 3, role: 'project_manager' as const, unitCode: 'PF', regionCode: null };
  const liaison = { id: 9, role: 'ars_liaison' as const, unitCode: null, regionCode: '53' };
  const viewer = { id: 12, role: 'viewer' as const, unitCode: null, regionCode: null };
  const director = { id: 2, role: 'director' as const, unitCode: null, regionCode: null };

  it.each([
    [pm, 'action.update', true],
    [pm, 'deployment.update', true],
    [pm, 'axis.validate', false],
    [director, 'axis.validate', true],
    [director, 'axis.reopen', false],
    [liaison, 'deployment.update', true],
    [liaison, 'deployment.comment', true],
    [liaison, 'action.update', false],
    [viewer, 'action.comment', false],
    [viewer, 'read', true],
    [director, 'deployment.update', false],
    [director, 'comment.edit', true],
  ] as const)('%o may attempt %s: %s', (user, verb, expected) => {
    expect(canAttempt(user, verb).allowed).toBe(expected);
  });

  it('refuses without a user', () => {
    expect(canAttempt(null, 'read')).toEqual({ allowed: false, reason: 'Authentification requise.' });
  });
});
