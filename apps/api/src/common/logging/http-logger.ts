import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { destination as stdoutLines, pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import { pinoHttp, type HttpLogger as PinoHttpMiddleware } from 'pino-http';
import type { LogLevel } from '../../config/app-config';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** A client's id is kept only when it cannot forge a log line or blow up its size. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Probes and scrapes come every few seconds: their access lines go to debug, not to info. */
const QUIET_PATHS = /^\/api\/(?:health|metrics)(?:[/?]|$)/;

/**
 * Secrets never reach a log line, even at debug where the access line carries the headers: the
 * session cookie, a bearer token (session or metrics), and the cookie a sign-in sets.
 */
const REDACTED = [
  'requestHeaders.authorization',
  'requestHeaders.cookie',
  'responseHeaders["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
];

export interface HttpLogger {
  /** The root logger: out of a request, and the parent of every request's logger. */
  logger: Logger;
  /** pino-http: gives each request its id (`req.id`) and logger (`req.log`), writes its access line. */
  middleware: PinoHttpMiddleware;
  /**
   * What the middleware does for a request answered before Express (the cached-read door): its id
   * and X-Request-Id, then the same access line, without a child logger that nothing there uses.
   */
  track: (request: IncomingMessage, response: ServerResponse) => void;
}

/** The id of a request: the client's `X-Request-Id` when it is a sane token, else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * The route's pattern as Nest declared it (`/api/plans/:id`), never the URL with its ids. A
 * catch-all (`{*path}`) is how Nest binds module middlewares, so it says nothing: then the request
 * matched no route (`unmatched`), or it asked for the web app's files (`static`).
 */
export function routeOf(request: IncomingMessage): string {
  // Set by the cached-read door, which answers before Express's router has matched a route.
  const replayed = (request as { routePattern?: string }).routePattern;
  if (replayed) return replayed;
  const route = (request as Request).route as { path?: unknown } | undefined;
  const path = typeof route?.path === 'string' ? `${(request as Request).baseUrl ?? ''}${route.path}` : null;
  if (path && !path.includes('{*')) return path;
  return /^\/api(?:[/?]|$)/.test((request as Request).originalUrl ?? request.url ?? '') ? 'unmatched' : 'static';
}

/** JSON lines on `destination` (stdout by default), one access line per request. */
export function createHttpLogger({ level, destination }: { level: LogLevel; destination?: DestinationStream }): HttpLogger {
  const logger = pino(
    {
      level,
      redact: { paths: REDACTED, censor: '[masqué]' },
      timestamp: stdTimeFunctions.isoTime,
      // `"level":"warn"` reads better in a log search than pino's numbers.
      formatters: { level: (label) => ({ level: label }) },
    },
    // Written at once, line by line: pino's default stream gathers the lines of a busy moment in one
    // string grown by concatenation, which under 50 readers allocated some 7 kB per line and held the
    // process ~50 MB higher (a heap profile of the roll-up read load); a line's write costs a few µs.
    destination ?? stdoutLines({ dest: 1, sync: true }),
  );
  const accessLine = (req: IncomingMessage, res: ServerResponse, responseTime: number) => ({
    method: req.method,
    route: routeOf(req),
    status: res.statusCode,
    durationMs: responseTime,
    ...(logger.isLevelEnabled('debug')
      ? { url: (req as Request).originalUrl ?? req.url, requestHeaders: req.headers, responseHeaders: res.getHeaders() }
      : {}),
  });
  const middleware = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdOf(req.headers['x-request-id']);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    // Every line of a request carries its `reqId`, not the whole request again.
    quietReqLogger: true,
    quietResLogger: true,
    // pino-http still binds each request to a child logger that the quiet options leave unused: its
    // serializer read and stringified every request's headers to throw them away (about a tenth of
    // a cached read's CPU). No line logs a `req`: the access line says what it needs.
    wrapSerializers: false,
    serializers: { req: () => undefined },
    customLogLevel: (req, res, error) => {
      if (QUIET_PATHS.test((req as Request).originalUrl ?? req.url ?? '')) return 'debug';
      return error || res.statusCode >= 500 ? 'error' : 'info';
    },
    customSuccessObject: (req, res, value: { responseTime: number }) => accessLine(req, res, value.responseTime),
    // The error filter logs a fault's stack; the access line only says how the request ended.
    customErrorObject: (req, res, _error, value: { responseTime: number }) => accessLine(req, res, value.responseTime),
    customSuccessMessage: (req, res) => (res.writableEnded ? 'requête traitée' : 'requête interrompue'),
    customErrorMessage: () => 'requête en échec',
  });
  const track = (req: IncomingMessage, res: ServerResponse): void => {
    const started = Date.now();
    const reqId = requestIdOf(req.headers['x-request-id']);
    (req as { id?: string }).id = reqId;
    res.setHeader(REQUEST_ID_HEADER, reqId);
    const ended = () => {
      res.removeListener('finish', ended);
      res.removeListener('close', ended);
      logger.info({ reqId, ...accessLine(req, res, Date.now() - started) }, res.writableEnded ? 'requête traitée' : 'requête interrompue');
    };
    res.once('finish', ended);
    res.once('close', ended);
  };
  return { logger, middleware, track };
}

/** The request's own logger (with its `reqId`), set by pino-http; none before it ran. */
export function requestLogger(request: Request | Response['req']): Logger | undefined {
  return (request as Partial<Pick<IncomingMessage, 'log'>>).log;
}
