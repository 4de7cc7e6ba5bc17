import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { canAttempt, type Verb } from '@boussole/domain';
import { SessionsService } from '../../auth/sessions.service';
import { AuthenticatedRequest, toActor } from '../../auth/request-user';
import { PUBLIC_KEY, VERB_KEY } from '../decorators/access.decorator';
import { AppError } from '../errors/app-error';
import { OriginRefused } from '../errors/origin-refused';
import { isSafeMethod } from '../http-methods';
import { WriteRateLimitService } from '../rate-limit/write-rate-limit.service';

/** A route's rule, as its decorators declare it. */
interface RouteRule {
  isPublic: boolean;
  verb: Verb | undefined;
}

/**
 * Applied to every route: finds the session (401 without one), then asks the shared policy of
 * `libs/domain` whether the user may attempt the route's verb at all (403 with its reason); the
 * service asks again with the record once loaded. A write allowed this far (a public one too, such
 * as a sign-in) is then counted by the write rate limit, before its body is validated or handled.
 *
 * The limit is counted here rather than by a global interceptor: an interceptor costs every read
 * its RxJS chain, whereas here a read costs one method check.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  /** The rules read from the decorators once per handler: they never change at run time. */
  private readonly rules = new WeakMap<object, RouteRule>();

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly limits: WriteRateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { isPublic, verb } = this.ruleOf(context);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (isPublic) {
      await this.countWrite(request);
      return true;
    }

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
    request.accessVerb = verb;
    await this.countWrite(request);
    return true;
  }

  private ruleOf(context: ExecutionContext): RouteRule {
    const handler = context.getHandler();
    const known = this.rules.get(handler);
    if (known) return known;
    const targets = [handler, context.getClass()];
    const rule = {
      isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true,
      verb: this.reflector.getAllAndOverride<Verb | undefined>(VERB_KEY, targets),
    };
    this.rules.set(handler, rule);
    return rule;
  }

  /** Every write is counted for its session (when signed in) and its IP; reads are not limited. */
  private async countWrite(request: AuthenticatedRequest): Promise<void> {
    if (isSafeMethod(request.method)) return;
    await this.limits.consume(request.user?.sessionId ?? null, request.ip ?? 'inconnue');
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
