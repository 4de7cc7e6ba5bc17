import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { canAttempt, type Verb } from '@boussole/domain';
import { SessionsService } from '../../auth/sessions.service';
import { AuthenticatedRequest, toActor } from '../../auth/request-user';
import { PUBLIC_KEY, VERB_KEY } from '../decorators/access.decorator';
import { AppError } from '../errors/app-error';
import { OriginRefused } from '../errors/origin-refused';
import { isSafeMethod } from '../http-methods';

/**
 * Applied to every route: finds the session (401 without one), then asks the shared policy of
 * `libs/domain` whether the user may attempt the route's verb at all (403 with its reason); the
 * service asks again with the record once loaded.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const verb = this.reflector.getAllAndOverride<Verb | undefined>(VERB_KEY, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();

    const found = this.sessions.tokenOf(request);
    const user = found ? await this.sessions.userOfToken(found.token) : null;
    if (!found || !user) throw new AppError('unauthenticated', 'Authentification requise : connectez-vous.');
    request.user = user;
    request.authVia = found.via;

    if (found.via === 'cookie' && !isSafeMethod(request.method)) assertSameOrigin(request);
    // Fail closed: a route that forgot to declare its rule is refused, never open.
    if (!verb) throw new AppError('forbidden', 'Cette route n’a pas de règle d’accès.');
    const decision = canAttempt(toActor(user), verb);
    if (!decision.allowed) throw new AppError('forbidden', decision.reason);
    return true;
  }
}

/** A browser's write must come from Boussole's own pages (defence in depth beside SameSite). */
function assertSameOrigin(request: AuthenticatedRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new OriginRefused('Origine de la requête invalide.');
  }
  if (host !== request.headers.host) throw new OriginRefused('Requête d’une autre origine refusée.');
}
