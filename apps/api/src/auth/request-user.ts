import type { Actor, CurrentUser, Verb } from '@boussole/domain';
import type { Request } from 'express';

/** The signed-in user as the API knows it for the length of a request. */
export interface RequestUser extends CurrentUser {
  sessionId: string;
}

export interface AuthenticatedRequest extends Request {
  user?: RequestUser;
  /** How the session came: a browser cookie or a script's bearer token. */
  authVia?: 'cookie' | 'bearer';
  /** The verb the route declared, once the guard let it through (the cached-read door replays it). */
  accessVerb?: Verb;
}

/** The subject of the permission policy. */
export function toActor(user: CurrentUser): Actor {
  return { id: user.id, role: user.role, unitCode: user.unit?.code ?? null, regionCode: user.regionCode };
}
