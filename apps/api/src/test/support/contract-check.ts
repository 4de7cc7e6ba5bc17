import type { OpenAPIObject, ResponseObject } from '@nestjs/swagger';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { operationsOf } from '../../common/openapi/contract';

const CONTRACT_ID = 'contract.json';

/** One answer that is not what the document says of its operation and status. */
export interface ContractViolation {
  operation: string;
  request: string;
  status: number;
  problem: string;
  excerpt: string;
}

/** What the checker saw of one answer, once it is complete. */
export interface CheckedAnswer {
  operation: string;
  violation?: ContractViolation;
}

interface Operation {
  /** `GET /api/plans/{id}`: the name coverage and violations use (stable, unlike an operationId). */
  name: string;
  method: string;
  pattern: RegExp;
  /** Fewer parameters first: `/api/plans/default` is not `/api/plans/{id}`. */
  parameters: number;
  responses: Record<string, ResponseObject>;
}

/**
 * Holds the answers of one test app to its own OpenAPI document: the operation of each request
 * (method and path template), the documented response of its status, the media type, and a JSON
 * body validated by ajv against the response's schema. Built once per test app.
 */
export class ContractChecker {
  readonly operations: Operation[];
  private readonly ajv: Ajv;
  private readonly validators = new Map<object, ValidateFunction>();
  private readonly components: Record<string, unknown>;

  constructor(document: OpenAPIObject) {
    this.operations = listOperations(document);
    // `strict: false`: OpenAPI's `example` and `description` sit beside the keywords; every real
    // keyword of the document is still applied. `nullable` is rewritten below, not ignored.
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    // The components under an id of their own: each response's `#/components/schemas/X` points there.
    this.components = (document.components?.schemas ?? {}) as Record<string, unknown>;
    this.ajv.addSchema({ $id: CONTRACT_ID, components: { schemas: openApi30ToJsonSchema(this.components, this.components) } });
  }

  /** The documented operation a request is for, if any. */
  operationOf(method: string, url: string): Operation | undefined {
    const path = url.split('?')[0].replace(/(.)\/+$/, '$1');
    // HEAD is answered by the GET route (Express), without a body.
    const wanted = method === 'HEAD' ? 'get' : method.toLowerCase();
    return this.operations.find((operation) => operation.method === wanted && operation.pattern.test(path));
  }

  /** Checks one complete answer; `body` is what went out on the wire (gzipped or not). */
  check(operation: Operation, answer: { method: string; url: string; status: number; contentType?: string; contentEncoding?: string; body?: Buffer }): ContractViolation | undefined {
    const violation = (problem: string, excerpt = ''): ContractViolation => ({
      operation: operation.name,
      request: `${answer.method} ${answer.url}`,
      status: answer.status,
      problem,
      excerpt,
    });
    const { status } = answer;
    const documented = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`] ?? operation.responses['default'];
    if (!documented) return violation(`statut ${status} non décrit (décrits : ${Object.keys(operation.responses).join(', ')})`, excerptOf(answer));
    const content = documented.content;
    // A response described without content (204, a redirection) says nothing of a body.
    if (!content || Object.keys(content).length === 0) return undefined;
    const mediaType = baseType(answer.contentType);
    const entry = Object.entries(content).find(([type]) => baseType(type) === mediaType || type === '*/*');
    if (!entry) return violation(`type « ${answer.contentType ?? 'aucun'} » non décrit (décrits : ${Object.keys(content).join(', ')})`, excerptOf(answer));
    if (!isJson(mediaType) || answer.method === 'HEAD') return undefined;
    const text = bodyText(answer);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return violation('corps JSON illisible', text.slice(0, 200));
    }
    const schema = entry[1].schema;
    if (!schema) return undefined;
    const validate = this.validatorOf(schema);
    if (validate(body)) return undefined;
    return violation(describeErrors(validate.errors ?? []), excerptAt(body, validate.errors ?? []));
  }

  private validatorOf(schema: object): ValidateFunction {
    let validate = this.validators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(openApi30ToJsonSchema(schema, this.components));
      this.validators.set(schema, validate);
    }
    return validate;
  }

  /**
   * Watches every answer of the server: a listener put before all the others (the cached-read door
   * included, which answers some GETs before Express) wraps the response's write and end, so the
   * bytes checked are the ones sent, whichever way they went.
   */
  watch(server: Server, onAnswer: (answer: CheckedAnswer) => void): void {
    server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
      const method = request.method ?? 'GET';
      const url = request.url ?? '/';
      const operation = this.operationOf(method, url);
      if (!operation) return;
      const chunks: Buffer[] = [];
      let done = false;
      /** Files and streams are checked by their status and type as they start: their body is not read. */
      let streaming = false;
      const answer = () => ({
        method,
        url,
        status: response.statusCode,
        contentType: header(response, 'content-type'),
        contentEncoding: header(response, 'content-encoding'),
      });
      const finish = (body?: Buffer) => {
        if (done) return;
        done = true;
        onAnswer({ operation: operation.name, violation: this.check(operation, { ...answer(), body }) });
      };
      const collect = (chunk: unknown, encoding: unknown) => {
        if (done || chunk === undefined || chunk === null || typeof chunk === 'function') return;
        if (!streaming && chunks.length === 0 && !isJson(baseType(header(response, 'content-type')))) {
          // Not JSON (a file, text, the event stream): its status and media type are all there is to check.
          streaming = true;
          finish();
          return;
        }
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
      };
      const write = response.write;
      const end = response.end;
      response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
        collect(chunk, rest[0]);
        return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      } as ServerResponse['write'];
      response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
        collect(chunk, rest[0]);
        finish(chunks.length ? Buffer.concat(chunks) : undefined);
        return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
      } as ServerResponse['end'];
    });
  }
}

function listOperations(document: OpenAPIObject): Operation[] {
  const operations = operationsOf(document).map(({ path, method, operation }) => {
    const parts = path.split(/(\{[^}]+\})/);
    const source = parts.map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('');
    return {
      name: `${method.toUpperCase()} ${path}`,
      method,
      pattern: new RegExp(`^${source}$`),
      parameters: parts.filter((part) => part.startsWith('{')).length,
      responses: operation.responses as Record<string, ResponseObject>,
    };
  });
  return operations.sort((a, b) => a.parameters - b.parameters);
}

/**
 * OpenAPI 3.0's schemas as JSON Schema for ajv: `nullable: true` admits `null` for the whole schema
 * (ajv's own `nullable` only widens a `type` beside it, not an `allOf: [$ref]`), and the refs point
 * into the components added under their id. An object admits only the properties it declares
 * (unless it says otherwise with `additionalProperties`): a field renamed in the code, even an
 * optional one, is then an undeclared property. An `allOf` of objects (an `Error` with the
 * conflict's `current`) is merged first, since each member alone would refuse the other's fields.
 */
export function openApi30ToJsonSchema<T>(schema: T, components: Record<string, unknown>): T {
  const convert = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(convert);
    if (!node || typeof node !== 'object') return node;
    const merged = mergeObjects(node as Record<string, unknown>, components);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(merged)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) out[key] = `${CONTRACT_ID}${value}`;
      else if (key === 'properties' && value && typeof value === 'object') out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, convert(sub)]));
      else if (key !== 'example' && key !== 'examples') out[key] = convert(value);
    }
    if (out['properties'] && !('additionalProperties' in out)) out['additionalProperties'] = false;
    if (out['nullable'] === true) {
      delete out['nullable'];
      return { anyOf: [{ type: 'null' }, out] };
    }
    return out;
  };
  return convert(schema) as T;
}

/** `allOf: [A, B]` of objects as one object with the properties and `required` of both. */
function mergeObjects(node: Record<string, unknown>, components: Record<string, unknown>): Record<string, unknown> {
  const members = node['allOf'];
  if (!Array.isArray(members) || members.length < 2) return node;
  const resolved = members.map((member: Record<string, unknown>) =>
    typeof member['$ref'] === 'string' ? (components[member['$ref'].replace('#/components/schemas/', '')] as Record<string, unknown>) : member,
  );
  if (!resolved.every((member) => member && member['type'] === 'object' && !member['allOf'] && !member['anyOf'])) return node;
  const { allOf, ...rest } = node;
  void allOf;
  return {
    ...Object.assign({}, ...resolved),
    ...rest,
    type: 'object',
    properties: Object.assign({}, ...resolved.map((member) => member['properties'] ?? {})),
    required: [...new Set(resolved.flatMap((member) => (member['required'] as string[] | undefined) ?? []))],
  };
}

function header(response: ServerResponse, name: string): string | undefined {
  const value = response.getHeader(name);
  return value === undefined ? undefined : String(value);
}

const baseType = (type?: string) => (type ?? '').split(';')[0].trim().toLowerCase();
const isJson = (type: string) => type === 'application/json' || type.endsWith('+json');

function bodyText(answer: { contentEncoding?: string; body?: Buffer }): string {
  const body = answer.body ?? Buffer.alloc(0);
  // The tests' fetch asks for gzip: the bytes on the wire are compressed (by compression, or by the read cache).
  const gzipped = answer.contentEncoding === 'gzip' || (body[0] === 0x1f && body[1] === 0x8b);
  return (gzipped && body.length ? gunzipSync(body) : body).toString('utf8');
}

function excerptOf(answer: { contentType?: string; contentEncoding?: string; body?: Buffer }): string {
  if (!answer.body || !isJson(baseType(answer.contentType))) return '';
  return bodyText(answer).slice(0, 200);
}

function describeErrors(errors: ErrorObject[]): string {
  // anyOf's branches repeat each other's errors: the distinct ones, the deepest first, are enough.
  const lines = [...new Set(errors.map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`))];
  return lines.slice(0, 8).join(' ; ');
}

/** The part of the body the first error is about, short. */
function excerptAt(body: unknown, errors: ErrorObject[]): string {
  let node: unknown = body;
  for (const part of (errors[0]?.instancePath ?? '').split('/').filter(Boolean)) {
    if (node && typeof node === 'object') node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return (JSON.stringify(node) ?? 'undefined').slice(0, 200);
}

/** The violations as a test failure's message: one paragraph per answer. */
export function formatViolations(violations: ContractViolation[]): string {
  return [
    `${violations.length} réponse(s) hors du contrat OpenAPI :`,
    ...violations.map((v) => `- ${v.operation} → ${v.status} (${v.request}) : ${v.problem}${v.excerpt ? `\n    corps : ${v.excerpt}` : ''}`),
  ].join('\n');
}
