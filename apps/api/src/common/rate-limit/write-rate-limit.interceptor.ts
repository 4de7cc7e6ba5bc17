import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, Observable, switchMap } from 'rxjs';
import type { AuthenticatedRequest } from '../../auth/request-user';
import { WriteRateLimitService } from './write-rate-limit.service';
import { isSafeMethod } from '../http-methods';

/**
 * Global, after the access guard (which found the session): every write is counted for its session
 * (when signed in) and its IP before the handler runs; reads are not limited here.
 */
@Injectable()
export class WriteRateLimitInterceptor implements NestInterceptor {
  constructor(private readonly limits: WriteRateLimitService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (isSafeMethod(request.method)) return next.handle();
    return from(this.limits.consume(request.user?.sessionId ?? null, request.ip ?? 'inconnue')).pipe(switchMap(() => next.handle()));
  }
}
