import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Verb } from '@boussole/domain';
import type { AuthenticatedRequest, RequestUser } from '../../auth/request-user';

export const PUBLIC_KEY = 'boussole:public';
export const VERB_KEY = 'boussole:verb';

/** A route anyone may call, signed in or not (sign-in, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The verb of the permission policy a route needs. Every route declares one (or `@Public()`): the
 * access guard refuses a route that declares nothing. Checks that depend on the record (its unit,
 * its region, its author) are made again by the service once the record is loaded.
 */
export const Allow = (verb: Verb) => SetMetadata(VERB_KEY, verb);

/** The signed-in user of the request. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestUser => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  return request.user as RequestUser;
});
