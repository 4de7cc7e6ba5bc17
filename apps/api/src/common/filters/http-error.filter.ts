import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError } from '@boussole/domain';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../../auth/request-user';
import { AppError, AppErrorCode } from '../errors/app-error';
import { OriginRefused } from '../errors/origin-refused';
import { inEnglish, requestLanguage } from '../i18n/error-language';
import { requestLogger, routeOf } from '../logging/http-logger';
import { databaseRefusal } from './database-error';

const STATUS_OF: Record<AppErrorCode, number> = {
  not_found: HttpStatus.NOT_FOUND,
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  conflict: HttpStatus.CONFLICT,
  gone: HttpStatus.GONE,
  precondition_required: HttpStatus.PRECONDITION_REQUIRED,
  too_many_requests: HttpStatus.TOO_MANY_REQUESTS,
};

const ERROR_NAMES: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Non authentifié',
  403: 'Accès refusé',
  404: 'Introuvable',
  405: 'Méthode non autorisée',
  409: 'Conflit',
  410: 'Plus disponible',
  413: 'Requête trop volumineuse',
  415: 'Type de contenu non pris en charge',
  428: 'Condition préalable requise',
  429: 'Trop de requêtes',
  500: 'Erreur interne',
  503: 'Service indisponible',
};

/** French messages for the errors Nest or Express raise themselves. */
const FRAMEWORK_MESSAGES: Record<number, string> = {
  404: 'Ressource introuvable.',
  405: 'Méthode non autorisée.',
  413: 'La requête est trop volumineuse.',
  415: 'Le type de contenu doit être application/json.',
};

/**
 * The one error filter: every error leaves as `{statusCode, error, message}`, in French unless the
 * request asks for English (`Accept-Language`), then translated from the French by the catalogs.
 * Bad input is a 4xx; only a real fault is a 500, and its details stay in the log.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Erreur');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<AuthenticatedRequest>();
    const body = this.toBody(exception);
    if (body.statusCode === 503) {
      // An unreachable database is an outage to watch, not a fault of the code: one line, no stack.
      const message = exception instanceof Error ? exception.message : String(exception);
      const log = requestLogger(request);
      if (log) log.warn({ cause: message, route: routeOf(request) }, 'base de données indisponible');
      else this.logger.warn(`base de données indisponible : ${message}`);
    } else if (body.statusCode >= 500) {
      const log = requestLogger(request);
      if (log) log.error({ err: exception, route: routeOf(request) }, 'erreur interne');
      else this.logger.error(exception instanceof Error ? exception.stack : exception);
    }
    logSecurityEvent(request, body.statusCode, exception);
    if (response.headersSent) return;
    const retryAfter = exception instanceof AppError ? exception.details?.retryAfterSeconds : undefined;
    if (retryAfter) response.setHeader('Retry-After', String(retryAfter));
    const language = requestLanguage(request);
    response.setHeader('Content-Language', language);
    response.vary('Accept-Language');
    response.status(body.statusCode).json(language === 'fr' ? body : inEnglish(body));
  }

  private toBody(exception: unknown): ApiError & Record<string, unknown> {
    if (exception instanceof AppError) {
      const statusCode = STATUS_OF[exception.code];
      const body: ApiError & Record<string, unknown> = {
        statusCode,
        error: ERROR_NAMES[statusCode] ?? 'Erreur',
        message: exception.message,
      };
      if (exception.details?.fields) body.fields = exception.details.fields;
      if (exception.details?.current !== undefined) body['current'] = exception.details.current;
      return body;
    }
    if (exception instanceof HttpException) {
      // Raised by the framework itself (unknown route, wrong method…): its messages are English.
      const statusCode = exception.getStatus();
      if (statusCode === 400) {
        // Nest maps body-parser's SyntaxError (bad JSON) and Express's URIError (bad %-encoding) to 400.
        const decoding = /decode/i.test(exception.message);
        return {
          statusCode,
          error: ERROR_NAMES[400],
          message: decoding ? 'L’adresse demandée est mal formée.' : 'Le corps de la requête n’est pas un JSON valide.',
        };
      }
      return {
        statusCode,
        error: ERROR_NAMES[statusCode] ?? 'Erreur',
        message: FRAMEWORK_MESSAGES[statusCode] ?? `${ERROR_NAMES[statusCode] ?? 'Erreur'}.`,
      };
    }
    if (isBodyParserError(exception)) {
      const statusCode = exception.status ?? 400;
      return {
        statusCode,
        error: ERROR_NAMES[statusCode] ?? 'Requête invalide',
        message:
          statusCode === 413
            ? 'La requête est trop volumineuse.'
            : 'Le corps de la requête n’est pas un JSON valide.',
      };
    }
    const refusal = databaseRefusal(exception);
    if (refusal) {
      const { statusCode, message, fields } = refusal;
      return { statusCode, error: ERROR_NAMES[statusCode], message, ...(fields ? { fields } : {}) };
    }
    return { statusCode: 500, error: ERROR_NAMES[500], message: 'Une erreur interne est survenue.' };
  }
}

/** What a security review looks for (ASVS V16): refused sign-ins, refusals, throttling, foreign origins. */
export type SecurityEvent = 'auth.login_failed' | 'http.401' | 'http.403' | 'http.429' | 'origin.refused';

function securityEventOf(request: AuthenticatedRequest, statusCode: number, exception: unknown): SecurityEvent | null {
  if (exception instanceof OriginRefused) return 'origin.refused';
  if (statusCode === 401) return request.method === 'POST' && routeOf(request) === '/api/auth/login' ? 'auth.login_failed' : 'http.401';
  if (statusCode === 403) return 'http.403';
  if (statusCode === 429) return 'http.429';
  return null;
}

/** One warn line, with who (IP, user agent, user when known) and which request (its reqId on the line). */
function logSecurityEvent(request: AuthenticatedRequest, statusCode: number, exception: unknown): void {
  const event = securityEventOf(request, statusCode, exception);
  const log = event && requestLogger(request);
  if (!event || !log) return;
  log.warn(
    {
      event,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      method: request.method,
      route: routeOf(request),
      status: statusCode,
      ...(request.user ? { userId: request.user.id } : {}),
    },
    `événement de sécurité : ${event}`,
  );
}

function isBodyParserError(e: unknown): e is { type: string; status?: number } {
  return typeof e === 'object' && e !== null && typeof (e as { type?: unknown }).type === 'string' &&
    ['entity.parse.failed', 'entity.too.large', 'encoding.unsupported', 'charset.unsupported', 'request.aborted']
      .includes((e as { type: string }).type);
}
