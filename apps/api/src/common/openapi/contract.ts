import type { OpenAPIObject, OperationObject, ResponseObject, SecurityRequirementObject } from '@nestjs/swagger';
import { REFUSALS } from './api-answers.decorator';
import { DOMAIN_SCHEMAS, ERROR_SCHEMA, schemaRef } from './schemas';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

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
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation: OperationObject | undefined = path[method];
      if (!operation) continue;
      const takesInput = Boolean(operation.requestBody) || (operation.parameters ?? []).length > 0 || (path.parameters ?? []).length > 0;
      if (takesInput) addRefusal(operation, 400);
      if (method === 'get' && revalidates(operation)) addNotModified(operation);
      if (method !== 'get' && method !== 'head') {
        addRefusal(operation, 429);
        if ((operation.security ?? []).some((requirement: SecurityRequirementObject) => 'cookie' in requirement)) addRefusal(operation, 403);
      }
    }
  }
  return document;
}

function addRefusal(operation: OperationObject, status: 400 | 403 | 429): void {
  if (operation.responses[status]) return;
  const response: ResponseObject = { description: REFUSALS[status], content: { 'application/json': { schema: schemaRef('Error') } } };
  if (status === 429) response.headers = { 'Retry-After': { description: 'Les secondes à attendre.', schema: { type: 'integer' } } };
  operation.responses = Object.fromEntries(Object.entries({ ...operation.responses, [status]: response }).sort(([a], [b]) => a.localeCompare(b)));
}

/** A JSON or text answer goes out with an ETag; files and the event stream are sent without one. */
function revalidates(operation: OperationObject): boolean {
  const content = (operation.responses['200'] as ResponseObject | undefined)?.content ?? {};
  return Object.keys(content).some((type) => type === 'application/json' || type.startsWith('text/plain'));
}

function addNotModified(operation: OperationObject): void {
  const response: ResponseObject = {
    description: 'Non modifié : la réponse n’a pas changé depuis l’ETag envoyé dans If-None-Match ; pas de corps.',
    headers: { ETag: { description: 'La version de la réponse.', schema: { type: 'string' } } },
  };
  operation.responses = Object.fromEntries(Object.entries({ ...operation.responses, 304: response }).sort(([a], [b]) => a.localeCompare(b)));
}
