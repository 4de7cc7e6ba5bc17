import { canAttempt, type Verb } from '@boussole/domain';
import type { Request, Response } from 'express';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { SessionsService } from '../../auth/sessions.service';
import { AuthenticatedRequest, RequestUser, toActor } from '../../auth/request-user';
import type { MetricsService } from '../../metrics/metrics.service';
import { todayIso } from '../../rollups/plan-clock';
import { routeOf } from '../logging/http-logger';
import type { CachedJson, Reader } from './read-cache.service';
import { sendJson } from './send-json';

/** What the door needs to replay an answer: the answer, the rule that guarded it and its route. */
export interface DoorAnswer {
  key: string;
  value: CachedJson;
  verb: Verb;
  /** The route's pattern, for the access line and the metrics (`/api/plans/:id/rollup`). */
  route: string;
}

/**
 * The read cache as the door sees it: the answer already given for this exact URL that this
 * reader may have (the current one, or the previous one while it is recomputed: read-cache.service.ts).
 */
export interface DoorCache {
  answeredAt(url: string, reader?: Reader): DoorAnswer | undefined;
}

const MAX_URLS = 1000;

/**
 * The URLs the read cache has answered, with the key of their answer. A URL is remembered only
 * once its route has run in full (session, rule, validated parameters, a computed answer): so the
 * door never decides what a URL means, it replays what the route decided. Keys hold today's date,
 * so a URL remembered yesterday is forgotten: at midnight the same data gives other figures.
 */
export class AnsweredUrls {
  private readonly byUrl = new Map<string, { key: string; verb: Verb; route: string; day: string }>();

  /** `reader` is the request the read cache answered (a test's reader without a URL is not kept). */
  remember(reader: object, key: string): void {
    const request = reader as Partial<AuthenticatedRequest>;
    const verb = request.accessVerb;
    if (request.method !== 'GET' || !verb || typeof request.originalUrl !== 'string' || this.byUrl.get(request.originalUrl)?.key === key) return;
    if (this.byUrl.size >= MAX_URLS) this.byUrl.delete(this.byUrl.keys().next().value as string);
    this.byUrl.set(request.originalUrl, { key, verb, route: routeOf(request as AuthenticatedRequest), day: todayIso() });
  }

  at(url: string): { key: string; verb: Verb; route: string } | undefined {
    const known = this.byUrl.get(url);
    return known && known.day === todayIso() ? known : undefined;
  }
}

/** What the door borrows from the normal way, so that an answer it gives is the same one. */
export interface DoorWays {
  cache: DoorCache;
  sessions: SessionsService;
  metrics: MetricsService;
  /** The access line and X-Request-Id of a request answered here (http-logger.ts). */
  track: (request: IncomingMessage, response: ServerResponse) => void;
  /** helmet's headers and no-store (security-headers.ts). */
  headers: Middleware;
  /** cookie-parser: the session cookie is read the way the guard reads it. */
  cookies: Middleware;
}

type Middleware = (request: never, response: never, next: () => void) => void;
const nothing = () => undefined;

/**
 * The short way of a cached read. A roll-up or a page of actions already computed is a buffer to
 * send, yet Express's router, its request decoration, Nest's guard, pipes and handler, and
 * compression's wrapper cost about ten times the sending (CPU profiles of 50 clients reading the
 * roll-up: 530 µs per answer through Express, 400 µs with the door as an Express middleware, about
 * 50 µs for Node's HTTP server itself). So a GET whose exact URL the read cache has answered is
 * answered here when the cache may give this reader that answer (the current one, or the previous
 * one while it is recomputed: read-cache.service.ts), before Express, with the same request id,
 * access line, metrics, security headers and ETag as the normal way.
 *
 * The rights are the guard's: the same session lookup and the same policy of `libs/domain` for the
 * verb the route declared. Anything else (no session, a refusal, no current answer, a fault while
 * reading the session) is handed to Express untouched, whose answer then says why with its own
 * error and log line. Only answers that depend on no one are cached (their keys name no user), so
 * an answer replayed to another person with the same right is what the route itself would send.
 */
export function openCachedReadDoor(server: Server, ways: DoorWays): void {
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const normalWay: RequestListener = (request, response) => {
    for (const listener of listeners) listener(request, response);
  };
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' || !request.url || !ways.cache.answeredAt(request.url)) return normalWay(request, response);
    ways.cookies(request as never, response as never, nothing);
    const found = ways.sessions.tokenOf(request as Request);
    if (!found) return normalWay(request, response);
    const answerTo = (user: RequestUser | null): void => {
      // Asked again: a write may have ended the answer while the session was read.
      const answer = user ? ways.cache.answeredAt(request.url as string, { headers: request.headers, user }) : undefined;
      if (!user || !answer || !canAttempt(toActor(user), answer.verb).allowed) return normalWay(request, response);
      const signedIn = request as AuthenticatedRequest & { routePattern?: string };
      signedIn.user = user;
      signedIn.authVia = found.via;
      signedIn.routePattern = answer.route;
      ways.track(request, response);
      ways.metrics.httpMiddleware(request as Request, response as Response, nothing);
      ways.headers(request as never, response as never, nothing);
      ways.metrics.readDoor(answer.key);
      sendJson(request, response, answer.value);
    };
    // A session this replica trusts is answered in the same tick, without a promise per read.
    const trusted = ways.sessions.trustedUserOf(found.token);
    if (trusted) return answerTo(trusted);
    ways.sessions.userOfToken(found.token).then(answerTo, () => normalWay(request, response));
  });
}
