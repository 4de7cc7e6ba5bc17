import type { NextFunction, Response } from 'express';
import type { ServerResponse } from 'node:http';
import type { AuthenticatedRequest } from '../../auth/request-user';
import { isSafeMethod } from '../http-methods';
import type { ReadCache } from './read-cache.service';

/**
 * After a write has committed (its handler resolved and its answer is a success), ends the cache
 * generation as the answer's head is written, before it leaves, and names the writer's session
 * (set by the access guard), so the writer's next read waits for figures that hold its write
 * rather than being served the previous answer. A write that failed or was refused (4xx/5xx)
 * keeps the cache: its transaction rolled back, and a storm of refused writes must not make every
 * reader recompute. A write that committed and then failed is still announced by its NOTIFY.
 *
 * An Express middleware rather than a Nest interceptor: a global interceptor costs every read its
 * RxJS chain and async-context bindings; here a read costs one method check.
 */
export function invalidateAfterWrites(cache: ReadCache) {
  return (request: AuthenticatedRequest, response: Response, next: NextFunction): void => {
    if (!isSafeMethod(request.method)) {
      const writeHead = response.writeHead as (...args: unknown[]) => ServerResponse;
      // Every answer passes here once, even one sent by `end()` alone (Node writes its head through it).
      response.writeHead = function (this: Response, ...args: unknown[]) {
        const status = typeof args[0] === 'number' ? args[0] : this.statusCode;
        if (status < 400) cache.invalidate(request.user?.sessionId);
        return writeHead.apply(this, args);
      } as Response['writeHead'];
    }
    next();
  };
}
