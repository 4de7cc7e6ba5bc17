import { ReadCache } from '../common/cache/read-cache.service';
import { createTestApp, TestApp } from './support/test-app';

type Counted = { actionId: number; code: string; weight: number; progress: number };
type Excluded = { actionId: number; code: string; reason: string };

/** Code order: 1.2.10 after 1.2.9. */
function byCode(x: { code: string }, y: { code: string }): number {
  const a = x.code.split('.').map(Number);
  const b = y.code.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) - (b[i] ?? -1);
  return 0;
}

/** GET /api/plans/:id/rollup/explain: "Comment est-ce calculé ?" for one node, a page at a time. */
describe('the explanation of a roll-up node', () => {
  let t: TestApp;
  let token: string;
  let planId: number;
  let objective: { id: number; axis_id: number; code: string };
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('direction@boussole.test');
    planId = (await t.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows[0].id;
    // An objective with both lists: two of its actions abandoned (before any read, so no answer is kept).
    objective = (await t.sql.query(
      `SELECT o.id, o.axis_id, o.code FROM objectives o JOIN axes x ON x.id = o.axis_id
        WHERE x.plan_id = $1 AND (SELECT count(*) FROM actions a WHERE a.objective_id = o.id) >= 5 ORDER BY x.number, o.number LIMIT 1`,
      [planId],
    )).rows[0];
    await t.sql.query(
      `UPDATE actions SET status = 'abandoned' WHERE id IN (SELECT id FROM actions WHERE objective_id = $1 AND status <> 'done' ORDER BY id DESC LIMIT 2)`,
      [objective.id],
    );
  });
  afterAll(async () => t.close());

  const explain = (query: string, as = token) => t.request(`/plans/${planId}/rollup/explain?${query}`, { token: as });

  async function whole(node: string, query = ''): Promise<{ counted: Counted[]; excluded: Excluded[]; total: number }> {
    const all = { counted: [] as Counted[], excluded: [] as Excluded[], total: 0 };
    for (let page = 1; ; page++) {
      const response = await explain(`node=${node}&page=${page}&pageSize=37${query}`);
      expect(response.status).toBe(200);
      all.counted.push(...response.body.counted);
      all.excluded.push(...response.body.excluded);
      all.total = Number(response.headers.get('x-total-count'));
      if (page * 37 >= all.total) return all;
    }
  }

  it('pages the plan’s actions: the counted ones then the excluded ones, each in code order', async () => {
    const first = await explain('node=plan');
    expect(first.status).toBe(200);
    const { plan } = (await t.request(`/plans/${planId}/rollup`, { token })).body;
    expect(first.body).toMatchObject({ node: 'plan', asOf: new Date().toISOString().slice(0, 10), page: 1, pageSize: 50 });
    expect(first.body.countedTotal + first.body.excludedTotal).toBe(plan.actionCount);
    expect(Number(first.headers.get('x-total-count'))).toBe(plan.actionCount);
    expect(first.body.excludedTotal).toBe(plan.counts.abandoned.count);
    expect(first.body.counted.length + first.body.excluded.length).toBe(50);

    const all = await whole('plan');
    expect(all.counted).toHaveLength(first.body.countedTotal);
    expect(all.excluded).toHaveLength(first.body.excludedTotal);
    expect(all.counted).toEqual([...all.counted].sort(byCode));
    expect(all.excluded).toEqual([...all.excluded].sort(byCode));
    expect(all.counted.slice(0, 50)).toEqual(first.body.counted);
    expect(new Set([...all.counted, ...all.excluded].map((a) => a.actionId)).size).toBe(plan.actionCount);
    expect(all.excluded.every((e) => e.reason === 'Action abandonnée')).toBe(true);
    // What the list counts gives the progress shown.
    const w = all.counted.reduce((s, c) => s + c.weight, 0);
    expect(plan.progress).toBeCloseTo(all.counted.reduce((s, c) => s + c.weight * c.progress, 0) / w, 1);
    // A page past the end is empty, with the totals still.
    const past = await explain(`node=plan&page=${Math.ceil(plan.actionCount / 50) + 1}`);
    expect(past.body).toMatchObject({ counted: [], excluded: [], countedTotal: first.body.countedTotal });
  });

  it('splits a page that spans both lists, and explains axes and objectives as the roll-up counts them', async () => {
    const { axes } = (await t.request(`/plans/${planId}/rollup`, { token })).body;
    const node = axes.find((a: { id: number }) => a.id === objective.axis_id).objectives.find((o: { id: number }) => o.id === objective.id);
    const counted = node.actionCount - node.counts.abandoned.count;
    expect(node.counts.abandoned.count).toBe(2);
    const page = await explain(`node=objective:${objective.id}&pageSize=${counted + 1}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ node: `objective:${objective.id}`, countedTotal: counted, excludedTotal: 2, pageSize: counted + 1 });
    expect(page.body.counted).toHaveLength(counted);
    expect(page.body.excluded).toHaveLength(1);
    const second = await explain(`node=objective:${objective.id}&pageSize=${counted + 1}&page=2`);
    expect(second.body.counted).toEqual([]);
    expect(second.body.excluded).toHaveLength(1);
    expect(byCode(page.body.excluded[0], second.body.excluded[0])).toBeLessThan(0);
    expect([...page.body.counted, ...page.body.excluded, ...second.body.excluded].every((a: { code: string }) => a.code.startsWith(`${objective.code}.`))).toBe(true);
    // An axis lists its objectives' actions, no more.
    for (const axis of axes) {
      const all = await whole(`axis:${axis.id}`);
      expect(all.total).toBe(axis.actionCount);
      const sum = axis.objectives.reduce((s: number, o: { actionCount: number }) => s + o.actionCount, 0);
      expect(all.counted.length + all.excluded.length).toBe(sum);
    }
  });

  it('explains the figures as of a past date, from the history', async () => {
    const early = await whole('plan', '&asOf=2025-01-01');
    expect(early.excluded).toEqual([]);
    expect(early.counted.every((c) => c.progress === 0)).toBe(true);
    const first = await explain('node=plan&asOf=2026-03-01');
    expect(first.body.asOf).toBe('2026-03-01');
    const mid = await whole('plan', '&asOf=2026-03-01');
    const { plan } = (await t.request(`/plans/${planId}/rollup?asOf=2026-03-01`, { token })).body;
    const w = mid.counted.reduce((s, c) => s + c.weight, 0);
    expect(plan.progress).toBeCloseTo(mid.counted.reduce((s, c) => s + c.weight * c.progress, 0) / w, 1);
  });

  it('refuses a malformed node, page, page size or date in French, naming the field', async () => {
    for (const [query, field, message] of [
      ['', 'node', /« node »/],
      ['node=axe:1', 'node', /plan, axis:<id> ou objective:<id>/],
      ['node=axis:', 'node', /« node »/],
      ['node=axis:0', 'node', /« node »/],
      ['node=objective:1;DROP', 'node', /« node »/],
      ['node=plan&page=0', 'page', /La page doit être un entier/],
      ['node=plan&page=deux', 'page', /La page/],
      ['node=plan&pageSize=201', 'pageSize', /taille de page/],
      ['node=plan&pageSize=0', 'pageSize', /taille de page/],
      ['node=plan&asOf=hier', 'asOf', /date réelle au format AAAA-MM-JJ/],
      ['node=plan&asOf=2999-01-01', 'asOf', /futur/],
      ['node=plan&tri=code', 'tri', /n’est pas attendu/],
    ] as const) {
      const response = await explain(query);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.body.message).toMatch(message);
      expect(Object.keys(response.body.fields ?? { [field]: '' })).toContain(field);
    }
  });

  it('answers 404 for an unknown plan, or a node that is not the plan’s', async () => {
    const other = (await t.sql.query(
      `SELECT x.id AS axis_id, o.id AS objective_id FROM axes x JOIN objectives o ON o.axis_id = x.id WHERE x.plan_id <> $1 LIMIT 1`, [planId],
    )).rows[0];
    expect((await t.request(`/plans/999999/rollup/explain?node=plan`, { token })).status).toBe(404);
    for (const node of [`axis:${other.axis_id}`, `objective:${other.objective_id}`, 'axis:2147483647', 'objective:9999999999', `axis:${objective.id + 100000}`]) {
      const response = await explain(`node=${node}`);
      expect({ node, status: response.status }).toEqual({ node, status: 404 });
      expect(response.body.message).toMatch(/(Axe|Objectif) introuvable/);
    }
  });

  it('is read by every role, and only with a session', async () => {
    for (const email of ['admin', 'direction', 'pf', 'ars-bretagne', 'lecture']) {
      const response = await explain(`node=axis:${objective.axis_id}`, await t.login(`${email}@boussole.test`));
      expect({ email, status: response.status }).toEqual({ email, status: 200 });
    }
    expect((await t.request(`/plans/${planId}/rollup/explain?node=plan`)).status).toBe(401);
  });

  it('is described in the OpenAPI document with its query', async () => {
    const response = await t.request('/docs-json', { token });
    const parameters = response.body.paths['/api/plans/{id}/rollup/explain'].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(expect.arrayContaining(['id', 'node', 'asOf', 'page', 'pageSize']));
  });

  it('is served from the read cache until a write', async () => {
    const a = await explain(`node=objective:${objective.id}`);
    const b = await t.request(`/plans/${planId}/rollup/explain?node=objective:${objective.id}`, { token, headers: { 'if-none-match': a.headers.get('etag') ?? '' } });
    expect(b.status).toBe(304);
    const [row] = (await t.sql.query(`SELECT id, version FROM actions WHERE objective_id = $1 AND status = 'on_track' AND progress < 90 LIMIT 1`, [objective.id])).rows;
    const pf = await t.login('admin@boussole.test');
    const posted = await t.request(`/actions/${row.id}/updates`, { method: 'POST', token: pf, json: { status: 'on_track', progress: 93, narrative: 'Presque.', version: row.version } });
    expect(posted.status).toBe(201);
    // Read by the writer's own session, owed an answer that holds its write (others may get the previous one for ≤ 0.5 s).
    const after = await explain(`node=objective:${objective.id}`, pf);
    expect(after.headers.get('etag')).not.toBe(a.headers.get('etag'));
    expect(after.body.counted.find((c: Counted) => c.actionId === row.id).progress).toBe(93);
  });
});

/** The roll-up's answer does not grow with the actions (DESIGN §7): its explanations come per node. */
describe('the size of the roll-up answer', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  /** Every array of the answer, by path: only the tree's (axes, objectives), never one of actions. */
  function arrays(value: unknown, path: string, into: Map<string, number>): Map<string, number> {
    if (Array.isArray(value)) {
      into.set(path, Math.max(into.get(path) ?? 0, value.length));
      for (const item of value) arrays(item, `${path}[]`, into);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) arrays(v, path ? `${path}.${k}` : k, into);
    }
    return into;
  }

  it('stays the same but for digits when an objective gets 300 more actions', async () => {
    const token = await t.login('lecture@boussole.test');
    const planId = (await t.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows[0].id;
    const before = await t.request(`/plans/${planId}/rollup`, { token, headers: { 'accept-encoding': 'identity' } });
    // Abandoned ones: they change counts, not the health or the progress, so only digits may differ;
    // the former answer would have listed each of them in three explanations.
    const [target] = (await t.sql.query(`SELECT o.id, o.axis_id, o.code FROM objectives o JOIN axes x ON x.id = o.axis_id WHERE x.plan_id = $1 ORDER BY x.number, o.number LIMIT 1`, [planId])).rows;
    await t.sql.query(
      `INSERT INTO actions (plan_id, axis_id, objective_id, code, title, unit_id, weight, status, progress)
       SELECT $1, $2, $3, $4 || '.' || (900 + n), 'Action ajoutée ' || n, (SELECT min(id) FROM units), 1 + n % 3, 'abandoned', n % 100
         FROM generate_series(1, 300) n`,
      [planId, target.axis_id, target.id, target.code],
    );
    t.app.get(ReadCache).invalidate();
    // no-cache: owed figures computed after that write, not the previous answer.
    const after = await t.request(`/plans/${planId}/rollup`, { token, headers: { 'accept-encoding': 'identity', 'cache-control': 'no-cache' } });
    expect(after.body.plan.actionCount).toBe(before.body.plan.actionCount + 300);
    const beforeText = JSON.stringify(before.body);
    const afterText = JSON.stringify(after.body);
    const shape = (text: string) => text.replace(/\d+(\.\d+)?/g, '0');
    expect(shape(afterText)).toBe(shape(beforeText));
    expect(Math.abs(Buffer.byteLength(afterText) - Buffer.byteLength(beforeText))).toBeLessThanOrEqual(24);
    expect(Buffer.byteLength(afterText)).toBeLessThanOrEqual(30 * 1024);
    expect(Object.fromEntries(arrays(after.body, '', new Map()))).toEqual({ axes: 4, 'axes[].objectives': 4 });
    // The explanation has them all.
    const explained = await t.request(`/plans/${planId}/rollup/explain?node=objective:${target.id}&page=2&pageSize=200`, { token });
    expect(explained.body.excludedTotal).toBeGreaterThanOrEqual(300);
  });
});
