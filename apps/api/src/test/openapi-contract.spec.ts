import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The document at /api/docs-json is the contract scripts and other State systems learn the API from:
 * it must pass a maintained linter's recommended rules (Redocly's), not only parse.
 */
describe('the OpenAPI contract', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  beforeAll(async () => {
    t = await createTestApp();
    document = (await t.request('/docs-json')).body;
  });
  afterAll(async () => t.close());

  it('passes Redocly’s recommended rules with 0 errors', async () => {
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: 'docs-json.json',
      config: await createConfig({ extends: ['recommended'] }),
    });
    const errors = problems.filter((p) => p.severity === 'error').map(describeProblem);
    const warnings = problems.filter((p) => p.severity === 'warn').map(describeProblem);
    // The warnings do not fail the build, but their number is in the test output for a reviewer.
    console.info(`OpenAPI lint (recommended): ${errors.length} error(s), ${warnings.length} warning(s)\n${warnings.join('\n')}`);
    expect(errors).toEqual([]);
  });

  it('says of every operation what it answers when it succeeds, and who may call it', () => {
    const lacking: string[] = [];
    const ops = operations(document);
    for (const { name, operation } of ops) {
      const [status, success] = Object.entries(operation.responses).find(([code]) => /^[23]/.test(code)) ?? [];
      const body = success?.content && Object.values(success.content)[0]?.schema;
      if (!status || (status !== '204' && status !== '302' && !body)) lacking.push(`${name}: pas de réponse décrite`);
      if (!operation.summary || !operation.tags?.length) lacking.push(`${name}: pas de résumé ou d’étiquette`);
      if (!operation.security?.length) lacking.push(`${name}: pas de sécurité déclarée`);
    }
    expect(ops.length).toBeGreaterThanOrEqual(85);
    // Every tag an operation uses is described at the top of the document.
    const described = new Set(document.tags.map((tag) => tag.name));
    for (const { name, operation } of ops) for (const tag of operation.tags ?? []) if (!described.has(tag)) lacking.push(`${name}: étiquette « ${tag} » non décrite`);
    expect(lacking).toEqual([]);
  });

  it('gives every refusal the shared Error shape, 401 on every route that needs a session', () => {
    const wrong: string[] = [];
    for (const { name, operation } of operations(document)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        // The readiness's 503 is not a refusal but its report with a reason, for a load balancer.
        if (Number(status) < 400 || (name === 'GET /api/health/ready' && status === '503')) continue;
        const schema = JSON.stringify(response.content?.['application/json']?.schema ?? null);
        if (!schema.includes('"#/components/schemas/Error"')) wrong.push(`${name} ${status}`);
      }
      const needsSession = operation.security?.some((requirement) => 'cookie' in requirement);
      if (needsSession && !operation.responses['401']) wrong.push(`${name}: pas de 401`);
    }
    expect(wrong).toEqual([]);
    expect(document.components.schemas['Error']).toMatchObject({ required: ['statusCode', 'error', 'message'] });
  });

  it('describes the lists’ total, the files, the event stream and a conflict’s current record', () => {
    const response = (path: string, method: string, status: string) => document.paths[path][method].responses[status];
    for (const path of ['/api/actions', '/api/audit', '/api/users', '/api/mail/outbox', '/api/plans/{id}/rollup/explain']) {
      expect({ path, headers: response(path, 'get', '200').headers }).toEqual({ path, headers: { 'X-Total-Count': expect.anything() } });
    }
    expect(response('/api/exports/plans/{id}.xlsx', 'get', '200').content).toEqual({
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
    });
    expect(Object.keys(response('/api/exports/plans/{id}/briefing.pdf', 'get', '200').content ?? {})).toEqual(['application/pdf']);
    // The large files wait their turn, and a long queue is refused with its wait.
    expect(response('/api/exports/plans/{id}.xlsx', 'get', '429').headers).toHaveProperty('Retry-After');
    expect(response('/api/exports/plans/{id}/briefing.pdf', 'get', '429').headers).toHaveProperty('Retry-After');
    expect(Object.keys(response('/api/exports/plans/{id}.csv', 'get', '200').content ?? {})).toEqual(['text/csv; charset=utf-8']);
    expect(Object.keys(response('/api/events', 'get', '200').content ?? {})).toEqual(['text/event-stream']);
    expect(JSON.stringify(response('/api/actions/{id}', 'patch', '409').content)).toContain('"current":{"$ref":"#/components/schemas/ActionDetail"}');
    expect(response('/api/actions/{id}', 'patch', '428')).toBeDefined();
    expect(document.paths['/api/auth/login'].post.security).toEqual([{}]);
    expect(document.paths['/api/health'].get.security).toEqual([{}]);
  });
});

interface Response {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: unknown }>;
}

interface Operation {
  summary?: string;
  tags?: string[];
  security?: Record<string, unknown>[];
  responses: Record<string, Response>;
}

interface OpenApiDocument {
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

function operations(document: OpenApiDocument): { name: string; operation: Operation }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
  );
}

function describeProblem(problem: NormalizedProblem): string {
  return `${problem.ruleId}: ${problem.message} at ${problem.location.map((l) => l.pointer).join(', ')}`;
}
