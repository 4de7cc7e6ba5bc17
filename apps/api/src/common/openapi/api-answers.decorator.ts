import { applyDecorators, HttpStatus } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common/enums/request-method.enum';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiResponse, ApiSecurity } from '@nestjs/swagger';
import type { ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { DomainSchemaName, schemaRef } from './schemas';

/** The refusals a route may give beyond the ones every route gives (see contract.ts). */
export type RefusalStatus = 401 | 403 | 404 | 409 | 410 | 413 | 415 | 428 | 429 | 503;

export const REFUSALS: Record<RefusalStatus | 400, string> = {
  400: 'Requête invalide : le message dit quoi, « fields » nomme chaque champ refusé.',
  401: 'Non authentifié : pas de session, ou une session close ou expirée.',
  403: 'Accès refusé : le rôle (ou le rattachement) ne le permet pas, ou l’origine d’une écriture par cookie est étrangère.',
  404: 'Introuvable.',
  409: 'Conflit : l’enregistrement a changé entre-temps, ou son état ne le permet pas.',
  410: 'Plus disponible : lien déjà utilisé ou expiré.',
  413: 'Requête trop volumineuse.',
  415: 'Type de contenu non pris en charge.',
  428: 'Condition préalable requise : la version modifiée manque (en-tête If-Match, ou « version » dans le corps).',
  429: 'Trop de requêtes : réessayez après le délai de l’en-tête Retry-After.',
  503: 'Service indisponible : la base de données ne répond pas.',
};

/** A file the route sends, by its media type. */
export type FileAnswer = { file: string };

/** What a route answers when it succeeds. */
export type SuccessAnswer =
  | DomainSchemaName
  /** A list of them. */
  | readonly [DomainSchemaName]
  /** One of these, depending on the query (`anyOf`: one may be a superset of another). */
  | { anyOf: readonly (DomainSchemaName | readonly [DomainSchemaName])[] }
  | FileAnswer
  /** Server-sent events. */
  | { stream: true }
  /** Plain text (Prometheus metrics). */
  | { text: string }
  /** A redirection (ProConnect): where to is in `Location`. */
  | { redirect: true }
  /** Nothing: 204. */
  | null;

export interface AnswersOptions {
  /** In French, one sentence a newcomer can read. */
  summary: string;
  description?: string;
  ok: SuccessAnswer;
  /** The refusals proper to this route. */
  errors?: readonly RefusalStatus[];
  /** The 409 carries the current record as `current`, of this type (DESIGN §5). */
  conflict?: DomainSchemaName;
  /** The 400 carries the refused record as `current`, of this type (an import refused for its errors). */
  invalid?: DomainSchemaName;
  /** The list is paginated: its total is in `X-Total-Count`. */
  paginated?: boolean;
  /** No session needed (`@Public()` routes); `metrics` takes the METRICS_TOKEN bearer instead. */
  access?: 'session' | 'public' | 'metrics';
  /** A French example of the success answer. */
  example?: unknown;
  /** A second answer, with its own status (e.g. the logout's 200 after ProConnect, the readiness's 503). */
  also?: { status: number; ok: DomainSchemaName; description: string };
}

/**
 * One route's OpenAPI description: summary, success answer (a schema of libs/domain), refusals in
 * the shared `Error` shape, security. Put it above the route's `@Get()`/`@HttpCode()`: decorators
 * apply bottom-up, and the success status is read from them (201 for a POST, else 200).
 */
export function ApiAnswers(options: AnswersOptions): MethodDecorator {
  return (target, key, descriptor) => {
    const handler = descriptor.value as object;
    const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
    if (method === undefined) throw new Error(`@ApiAnswers de ${String(key)} : à placer au-dessus de @Get(), @Post()…`);
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
      (options.ok !== null && typeof options.ok === 'object' && 'redirect' in options.ok ? HttpStatus.FOUND : method === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK);
    const access = options.access ?? 'session';
    const errors = new Set<RefusalStatus>([...(access === 'session' ? [401 as const] : []), ...(options.errors ?? []), 503]);
    if (options.conflict) errors.add(409);
    // A second answer with a refusal's status replaces the refusal (the readiness's 503 is its report).
    if (options.also) errors.delete(options.also.status as RefusalStatus);
    return applyDecorators(
      ApiOperation({ summary: options.summary, ...(options.description ? { description: options.description } : {}) }),
      ...security(access),
      successResponse(status, options),
      ...(options.also
        ? [ApiResponse({ status: options.also.status, description: options.also.description, content: { 'application/json': { schema: schemaRef(options.also.ok) } } })]
        : []),
      // Without it, the validation pipe's plain 400 is added by contract.ts.
      ...(options.invalid ? [refusal(400, options.invalid)] : []),
      ...[...errors].sort((a, b) => a - b).map((code) => refusal(code, code === 409 ? options.conflict : undefined)),
    )(target, key, descriptor);
  };
}

function security(access: NonNullable<AnswersOptions['access']>): MethodDecorator[] {
  // Either credential works: the session cookie (the web app) or the login's token as a bearer (scripts).
  if (access === 'session') return [ApiCookieAuth(), ApiBearerAuth()];
  if (access === 'metrics') return [ApiBearerAuth('metrics')];
  // `{}`: the route needs no credential (OpenAPI's "optional security").
  return [ApiSecurity({})];
}

function successResponse(status: number, options: AnswersOptions): MethodDecorator {
  const ok: SuccessAnswer = options.ok;
  const headers = options.paginated
    ? { 'X-Total-Count': { description: 'Le nombre total d’éléments, toutes pages confondues.', schema: { type: 'integer' as const } } }
    : undefined;
  if (ok === null) return ApiResponse({ status, description: 'Fait ; pas de corps.' });
  if (typeof ok === 'object' && 'redirect' in ok) {
    return ApiResponse({ status, description: 'Redirection ; la destination est dans Location.', headers: { Location: { schema: { type: 'string' } } } });
  }
  if (typeof ok === 'object' && 'file' in ok) {
    return ApiResponse({
      status,
      description: 'Le fichier, en pièce jointe (Content-Disposition donne son nom).',
      content: { [ok.file]: { schema: { type: 'string', format: 'binary' } } },
    });
  }
  if (typeof ok === 'object' && 'stream' in ok) {
    return ApiResponse({
      status,
      description:
        'Un flux server-sent events : un événement par changement (ses identifiants, jamais son contenu), « session.ended » avant la fin de la session, « ping » toutes les 25 s.',
      content: {
        'text/event-stream': { schema: { type: 'string' }, example: 'event: action.updated\ndata: {"type":"action.updated","planId":1,"actionId":42}\n\n' },
      },
    });
  }
  if (typeof ok === 'object' && 'text' in ok) {
    return ApiResponse({ status, description: 'Le texte.', content: { [ok.text]: { schema: { type: 'string' } } } });
  }
  const schema: SchemaObject | ReferenceObject = typeof ok === 'object' && 'anyOf' in ok ? { anyOf: ok.anyOf.map(jsonSchema) } : jsonSchema(ok);
  return ApiResponse({
    status,
    description: options.paginated ? 'Une page de la liste ; le total est dans X-Total-Count.' : 'Réussi.',
    headers,
    content: { 'application/json': { schema, ...(options.example === undefined ? {} : { example: options.example }) } },
  });
}

function jsonSchema(answer: DomainSchemaName | readonly [DomainSchemaName]): SchemaObject | ReferenceObject {
  return typeof answer === 'string' ? schemaRef(answer) : { type: 'array', items: schemaRef(answer[0]) };
}

/** A refusal in the shared `Error` shape; a 409 may carry the current record. */
export function refusal(status: RefusalStatus | 400, current?: DomainSchemaName): MethodDecorator {
  return ApiResponse({ status, ...refusalResponse(status, current) });
}

/** The response object of a refusal: by the decorator above, and by contract.ts for the global ones. */
export function refusalResponse(status: RefusalStatus | 400, current?: DomainSchemaName): ResponseObject {
  const schema = current
    ? { allOf: [schemaRef('Error'), { type: 'object' as const, properties: { current: schemaRef(current) } }] }
    : schemaRef('Error');
  const headers =
    status === 429 ? { 'Retry-After': { description: 'Les secondes à attendre.', schema: { type: 'integer' as const } } } : undefined;
  return { description: REFUSALS[status], ...(headers ? { headers } : {}), content: { 'application/json': { schema } } };
}
