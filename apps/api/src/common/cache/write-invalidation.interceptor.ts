import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable, tap } from 'rxjs';
import { ReadCache } from './read-cache.service';
import { isSafeMethod } from '../http-methods';

/**
 * After a write has committed (its handler resolved), ends the cache generation before the answer
 * leaves, so the writer's next read sees its write. A write that failed or was refused (4xx/5xx)
 * keeps the cache: its transaction rolled back, and a storm of refused writes must not make every
 * reader recompute. A write that committed and then failed is still announced by its NOTIFY.
 */
@Injectable()
export class WriteInvalidationInterceptor implements NestInterceptor {
  constructor(private readonly cache: ReadCache) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const method = context.switchToHttp().getRequest<Request>().method;
    if (isSafeMethod(method)) return next.handle();
    return next.handle().pipe(tap({ next: () => this.cache.invalidate() }));
  }
}
