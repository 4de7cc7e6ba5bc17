import { HEALTH_LABELS, formatDateFr, formatPercentFr } from '@boussole/domain';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as ts from 'typescript';
import { DEMO_PASSWORD } from '../database/demo/demo-accounts';
import { createTestApp, TestApp } from './support/test-app';

const run = promisify(execFile);
const root = resolve(__dirname, '../../../..');
const tools = join(root, 'tools/api-client');

/**
 * The README's client for scripts, as a script user runs it: a token from the sign-in, the types
 * generated from this API's own /api/docs-json, the example type-checked against them, then run.
 * In production mode, where the document is only given to a signed-in caller.
 */
describe('the typed client for scripts (tools/api-client)', () => {
  let t: TestApp;
  let origin: string;
  let token: string;
  let work: string;
  /** The example beside the types generated from this API's own document. */
  let live: string;
  beforeAll(async () => {
    t = await createTestApp({ env: { BOUSSOLE_MODE: 'production' } });
    origin = new URL(t.base).origin;
    // As the README's curl does: sign in, keep the `token` of the answer.
    const login = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'lecture@boussole.test', password: DEMO_PASSWORD }),
    });
    token = ((await login.json()) as { token: string }).token;
    // Under the repository (its tmp/ is ignored) so that node_modules resolves from there, and apart
    // from tools/api-client so that a person's own generated types are neither used nor overwritten.
    await mkdir(join(root, 'tmp'), { recursive: true });
    work = await mkdtemp(join(root, 'tmp/api-client-'));
    live = join(work, 'live');
    await generate(live, origin);
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await t.close();
  });

  /** A copy of the example and its tsconfig beside types generated from `from` (URL or file). */
  async function generate(dir: string, from: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    await copyFile(join(tools, 'example.ts'), join(dir, 'example.ts'));
    await copyFile(join(tools, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    const args = ['tools/api-client/generate.mjs', '--out', join(dir, 'boussole-api.d.ts')];
    await run('node', from.startsWith('http') ? args : [...args, '--from', from], {
      cwd: root,
      env: { ...process.env, BOUSSOLE_URL: origin, BOUSSOLE_TOKEN: token },
    });
  }

  /** What `npx tsc -p <dir>` would report, one line a diagnostic. */
  function typeErrors(dir: string): string[] {
    const file = join(dir, 'tsconfig.json');
    const { config } = ts.readConfigFile(file, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dir);
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('generates the types from the document, which needs the token in production', async () => {
    expect((await fetch(`${origin}/api/docs-json`)).status).toBe(401);
    const types = await readFile(join(live, 'boussole-api.d.ts'), 'utf8');
    expect(types).toContain('"/api/plans/{id}/rollup"');
    expect(types).toMatch(/AxisRollup: \{/);
  });

  it('type-checks the example against them', () => {
    expect(typeErrors(live)).toEqual([]);
  });

  it('fails the type check when the API renames a field the example reads', async () => {
    const document = (await t.request('/docs-json', { token })).body as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const axis = document.components.schemas['AxisRollup'].properties;
    axis['advancement'] = axis['progress'];
    delete axis['progress'];
    const saved = join(work, 'renamed.json');
    await writeFile(saved, JSON.stringify(document));
    await generate(join(work, 'renamed'), saved);
    expect(typeErrors(join(work, 'renamed')).join('\n')).toMatch(/Property 'progress' does not exist/);
  });

  it('runs the example with BOUSSOLE_URL and BOUSSOLE_TOKEN: each axis of the first plan, its progress and health in French', async () => {
    const { stdout } = await run('node', ['--import', '@swc-node/register/esm-register', join(live, 'example.ts')], {
      cwd: root,
      env: { ...process.env, BOUSSOLE_URL: origin, BOUSSOLE_TOKEN: token, SWC_NODE_PROJECT: join(live, 'tsconfig.json') },
    });
    // The figures the API gives, formatted by the domain's own rules, must be the script's.
    const [plan] = (await t.request('/plans', { token })).body as { id: number; title: string }[];
    const rollup = (await t.request(`/plans/${plan.id}/rollup`, { token })).body as {
      asOf: string;
      axes: { number: number; title: string; progress: number | null; health: keyof typeof HEALTH_LABELS | null }[];
    };
    expect(rollup.axes.length).toBeGreaterThan(0);
    const expected = rollup.axes.map(
      (a) =>
        `Axe ${a.number} · ${a.title} : ${a.progress === null ? 'sans avancement' : formatPercentFr(a.progress)} · ${a.health === null ? 'sans météo' : HEALTH_LABELS[a.health]}`,
    );
    expect(stdout.trim().split('\n')).toEqual([`${plan.title}, au ${formatDateFr(rollup.asOf)} :`, ...expected]);
  });

  it('says what is wrong, and exits 1, with a token the API refuses', async () => {
    const failed = run('node', ['--import', '@swc-node/register/esm-register', join(live, 'example.ts')], {
      cwd: root,
      env: { ...process.env, BOUSSOLE_URL: origin, BOUSSOLE_TOKEN: 'pas-un-vrai-jeton-de-session-123', SWC_NODE_PROJECT: join(live, 'tsconfig.json') },
    });
    await expect(failed).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/GET \/api\/plans : 401 /) });
  });
});
