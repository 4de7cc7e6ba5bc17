import type { OpenAPIObject } from '@nestjs/swagger';
import { gzipSync } from 'node:zlib';
import { ContractChecker } from './contract-check';

/** The checker itself, on a small document: what it must refuse, so that the suite's silence means something. */
describe('ContractChecker', () => {
  const document = {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/api/plans/{id}': {
        get: {
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Plan' } } } },
            '404': { description: 'no', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
            '409': {
              description: 'conflict',
              content: { 'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/Error' }, { type: 'object', properties: { current: { $ref: '#/components/schemas/Plan' } } }] } } },
            },
          },
        },
      },
      '/api/plans/default': { get: { responses: { '204': { description: 'none' } } } },
      '/api/exports/plans/{id}.csv': { get: { responses: { '200': { description: 'file', content: { 'text/csv; charset=utf-8': { schema: { type: 'string' } } } } } } },
    },
    components: {
      schemas: {
        Plan: {
          type: 'object',
          required: ['id', 'title', 'axis'],
          properties: { id: { type: 'integer' }, title: { type: 'string', example: 'Plan' }, note: { type: 'string' }, axis: { type: 'object', nullable: true, allOf: [{ $ref: '#/components/schemas/Axis' }] } },
        },
        Axis: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
        Error: { type: 'object', required: ['statusCode', 'message'], properties: { statusCode: { type: 'integer' }, message: { type: 'string' } } },
      },
    },
  } as unknown as OpenAPIObject;
  const checker = new ContractChecker(document);
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const check = (url: string, status: number, body?: Buffer, contentType = 'application/json; charset=utf-8', contentEncoding?: string) => {
    const operation = checker.operationOf('GET', url);
    if (!operation) throw new Error(`pas d’opération pour ${url}`);
    return checker.check(operation, { method: 'GET', url, status, contentType, contentEncoding, body })?.problem;
  };

  it('finds the operation of a path, a literal before a template, query and trailing slash aside', () => {
    expect(checker.operationOf('GET', '/api/plans/3?fields=all')?.name).toBe('GET /api/plans/{id}');
    expect(checker.operationOf('GET', '/api/plans/default/')?.name).toBe('GET /api/plans/default');
    expect(checker.operationOf('GET', '/api/exports/plans/3.csv')?.name).toBe('GET /api/exports/plans/{id}.csv');
    expect(checker.operationOf('POST', '/api/plans/3')).toBeUndefined();
    expect(checker.operationOf('GET', '/index.html')).toBeUndefined();
  });

  it('accepts an answer as documented, a nullable reference as null or as its object', () => {
    expect(check('/api/plans/1', 200, json({ id: 1, title: 'Plan', axis: null }))).toBeUndefined();
    expect(check('/api/plans/1', 200, json({ id: 1, title: 'Plan', axis: { code: 'A' } }))).toBeUndefined();
    expect(check('/api/plans/1', 404, json({ statusCode: 404, message: 'Introuvable' }))).toBeUndefined();
    expect(check('/api/plans/default', 204)).toBeUndefined();
    const plan = { id: 1, title: 'Plan', axis: null, note: 'n' };
    expect(check('/api/plans/1', 409, json({ statusCode: 409, message: 'Conflit', current: plan }))).toBeUndefined();
  });

  it('refuses a renamed field, a wrong type, a nested break, an undocumented status or media type', () => {
    expect(check('/api/plans/1', 200, json({ id: 1, name: 'Plan', axis: null }))).toContain("must have required property 'title'");
    expect(check('/api/plans/1', 200, json({ id: '1', title: 'Plan', axis: null }))).toContain('/id must be integer');
    expect(check('/api/plans/1', 200, json({ id: 1, title: 'Plan', axis: { label: 'A' } }))).toContain("must have required property 'code'");
    // An optional field renamed: nothing is missing, but the new name is not in the contract.
    expect(check('/api/plans/1', 200, json({ id: 1, title: 'Plan', axis: null, remark: 'n' }))).toContain('must NOT have additional properties {"additionalProperty":"remark"}');
    expect(check('/api/plans/1', 409, json({ statusCode: 409, message: 'Conflit', current: { id: 1 } }))).toContain("/current must have required property 'title'");
    expect(check('/api/plans/1', 500, json({ statusCode: 500, message: 'x' }))).toContain('statut 500 non décrit');
    expect(check('/api/plans/1', 200, Buffer.from('<html></html>'), 'text/html')).toContain('type « text/html » non décrit');
    expect(check('/api/exports/plans/1.csv', 200, Buffer.from('a;b'), 'text/csv; charset=utf-8')).toBeUndefined();
  });

  it('reads a gzipped answer as the client does', () => {
    expect(check('/api/plans/1', 200, gzipSync(json({ id: 1, title: 'Plan', axis: null })), 'application/json', 'gzip')).toBeUndefined();
    expect(check('/api/plans/1', 200, gzipSync(json({ id: 1 })), 'application/json', 'gzip')).toContain("required property 'title'");
  });
});
