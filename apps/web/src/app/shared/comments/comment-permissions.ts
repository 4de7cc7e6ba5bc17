import {
  can,
  type Actor,
  type CurrentUser,
  type Decision,
} from '@boussole/domain';

/** The policy's view of the signed-in user (DESIGN §4). */
export function actorOf(user: CurrentUser | null): Actor | null {
  return (
    user && {
      id: user.id,
      role: user.role,
      unitCode: user.unit?.code ?? null,
      regionCode: user.regionCode,
    }
  );
}

/** May the user post in this thread: an action's (`regionCode` null) or a deployment's? */
export function canPostComment(
  actor: Actor | null,
  unitCode: string,
  regionCode: string | null,
): Decision {
  return regionCode
    ? can(actor, 'deployment.comment', { unitCode, regionCode })
    : can(actor, 'action.comment');
}
