import type { OpenAPIObject, OperationObject, PathItemObject, ResponseObject, SecurityRequirementObject } from '@nestjs/swagger';
import { refusalResponse } from './api-answers.decorator';
import { DOMAIN_SCHEMAS, ERROR_SCHEMA } from './schemas';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation of a document, with its path and the path's own item (its shared parameters). */
export function operationsOf(document: OpenAPIObject): { path: string; method: (typeof METHODS)[number]; item: PathItemObject; operation: OperationObject }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ path, method, item, operation: item[method] as OperationObject }] : [])),
  );
}

/**
 * Completes the document Nest builds from the decorators: the payloads' schemas and the shared
 * `Error` shape, and the refusals the app's global machinery gives on any route, so that no
 * controller repeats them: the validation pipe's 400 (any parameter or body), on every read of JSON
 * or text the 304 of a client that sends back the ETag it has (Express's, or the read cache's), and
 * on every write the rate limiter's 429 and the same-origin check's 403.
 */
export function completeContract(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: { ...DOMAIN_SCHEMAS, ...document.components?.schemas, Error: ERROR_SCHEMA },
  };
  for (const { method, item, operation } of operationsOf(document)) {
    const takesInput = Boolean(operation.requestBody) || (operation.parameters ?? []).length > 0 || (item.parameters ?? []).length > 0;
    if (takesInput) addRefusal(operation, 400);
    if (method === 'get' && revalidates(operation)) addNotModified(operation);
    if (method !== 'get' && method !== 'head') {
      addRefusal(operation, 429);
      if ((operation.security ?? []).some((requirement: SecurityRequirementObject) => 'cookie' in requirement)) addRefusal(operation, 403);
    }
  }
  return document;
}

/** Adds a response unless the route's own decorators gave one for that status; the statuses kept in order. */
function addResponse(operation: OperationObject, status: number, response: ResponseObject): void {
  if (operation.responses[status]) return;
  operation.responses = Object.fromEntries(Object.entries({ ...operation.responses, [status]: response }).sort(([a], [b]) => a.localeCompare(b)));
}

function addRefusal(operation: OperationObject, status: 400 | 403 | 429): void {
  addResponse(operation, status, refusalResponse(status));
}

/** A JSON or text answer goes out with an ETag; files and the event stream are sent without one. */
function revalidates(operation: OperationObject): boolean {
  const content = (operation.responses['200'] as ResponseObject | undefined)?.content ?? {};
  return Object.keys(content).some((type) => type === 'application/json' || type.startsWith('text/plain'));
}

function addNotModified(operation: OperationObject): void {
  addResponse(operation, 304, {
    description: 'Non modifié : la réponse n’a pas changé depuis l’ETag envoyé dans If-None-Match ; pas de corps.',
    headers: { ETag: { description: 'La version de la réponse.', schema: { type: 'string' } } },
  });
}
