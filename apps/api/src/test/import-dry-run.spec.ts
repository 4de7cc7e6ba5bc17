import { createTestApp, TestApp } from './support/test-app';
import { activePlanId, downloadTemplate, editWorkbook, nothingToDo, rowWhere, setCell, sheet, upload } from './support/import-fixtures';

/** Issue 11: the dry run of an import says what it would do, at each cell, and writes nothing but its report. */
describe('import dry run', () => {
  let t: TestApp;
  let admin: string;
  let planId: number;
  let template: Buffer;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    planId = await activePlanId(t);
    template = await downloadTemplate(t, admin, planId);
  });
  afterAll(async () => t.close());

  it('finds nothing to change in the template of the plan (the round trip)', async () => {
    const response = await upload(t, admin, planId, template);
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([]);
    expect(nothingToDo(response.body.counts)).toBe(true);
    const {
      rows: [plan],
    } = await t.sql.query(
      `SELECT (SELECT count(*)::int FROM axes WHERE plan_id = $1) AS axes, (SELECT count(*)::int FROM actions WHERE plan_id = $1) AS actions,
              (SELECT count(*)::int FROM indicators WHERE plan_id = $1) AS indicators`,
      [planId],
    );
    expect(response.body.counts.axis.unchanged).toBe(plan.axes);
    expect(response.body.counts.action.unchanged).toBe(plan.actions);
    expect(response.body.counts.indicator.unchanged).toBe(plan.indicators);
    expect(response.body).toMatchObject({ dryRun: true, status: 'planned', fileName: 'plan.xlsx' });
    const kept = await t.request(`/imports/${response.body.id}`, { token: admin });
    expect(kept.status).toBe(200);
    expect(kept.body.counts).toEqual(response.body.counts);
  });

  it('finds nothing to change in the plan’s xlsx export either (export → edit → import)', async () => {
    const exported = await fetch(`${t.base}/exports/plans/${planId}.xlsx`, { headers: { authorization: `Bearer ${admin}` } });
    expect(exported.status).toBe(200);
    const response = await upload(t, admin, planId, Buffer.from(await exported.arrayBuffer()), { name: 'export.xlsx' });
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([]);
    expect(nothingToDo(response.body.counts)).toBe(true);
    expect(response.body.counts.measurement.unchanged).toBeGreaterThan(0);
  });

  it('shows a changed title as before → after, and writes nothing', async () => {
    const {
      rows: [action],
    } = await t.sql.query(`SELECT code, title, version FROM actions WHERE plan_id = $1 ORDER BY id LIMIT 1`, [planId]);
    const file = await editWorkbook(template, (wb) =>
      setCell(wb, 'Actions', rowWhere(wb, 'Actions', 'Code', action.code), 'Titre', 'Un titre revu à l’import'),
    );
    const audits = (await t.sql.query(`SELECT count(*)::int AS n FROM audit_events`)).rows[0].n;
    const response = await upload(t, admin, planId, file);
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([]);
    expect(response.body.counts.action).toMatchObject({ create: 0, change: 1 });
    expect(response.body.changes).toEqual([
      expect.objectContaining({
        kind: 'action',
        action: 'change',
        key: action.code,
        cell: expect.stringMatching(/^Actions!A[0-9]+$/),
        label: `Action ${action.code} – Un titre revu à l’import`,
        fields: [{ field: 'title', before: action.title, after: 'Un titre revu à l’import' }],
      }),
    ]);
    const {
      rows: [after],
    } = await t.sql.query(`SELECT title, version FROM actions WHERE code = $1 AND plan_id = $2`, [action.code, planId]);
    expect(after).toEqual({ title: action.title, version: action.version });
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM audit_events`)).rows[0].n).toBe(audits);
  });

  it('lists new records to create: an axis, its objective and an action', async () => {
    const file = await editWorkbook(template, (wb) => {
      sheet(wb, 'Axes').addRow([null, 5, 'Un cinquième axe', null]);
      sheet(wb, 'Objectifs').addRow([null, 5, '5.1', 'Un objectif du cinquième axe', null]);
      sheet(wb, 'Actions').addRow([
        null,
        '5.1',
        '5.1.1',
        'Une action nouvelle',
        null,
        'PF',
        'pf@boussole.test',
        new Date('2026-01-05T00:00:00Z'),
        new Date('2026-12-31T00:00:00Z'),
        2,
        false,
      ]);
    });
    const response = await upload(t, admin, planId, file);
    expect(response.body.errors).toEqual([]);
    expect(response.body.counts.axis.create).toBe(1);
    expect(response.body.counts.objective.create).toBe(1);
    expect(response.body.counts.action.create).toBe(1);
    expect(response.body.changes.find((c: { kind: string }) => c.kind === 'action')).toMatchObject({
      action: 'create',
      key: '5.1.1',
      label: 'Action 5.1.1 – Une action nouvelle',
    });
    expect(response.body.changes.map((c: { kind: string; action: string }) => `${c.kind}:${c.action}`)).toEqual([
      'axis:create',
      'objective:create',
      'action:create',
    ]);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM axes WHERE plan_id = $1 AND number = 5`, [planId])).rows[0].n).toBe(0);
  });

  it('names each faulty cell with a French message', async () => {
    const {
      rows: [action],
    } = await t.sql.query(`SELECT code FROM actions WHERE plan_id = $1 ORDER BY id LIMIT 1`, [planId]);
    let row = 0;
    const file = await editWorkbook(template, (wb) => {
      row = rowWhere(wb, 'Actions', 'Code', action.code);
      setCell(wb, 'Actions', row, 'Poids', 'lourd');
      setCell(wb, 'Actions', row, 'Sous-direction', 'XYZ');
      setCell(wb, 'Actions', row, 'Responsable (courriel)', 'personne@boussole.test');
      setCell(wb, 'Actions', row, 'Échéance', '2026-02-30');
      sheet(wb, 'Objectifs').addRow([null, 9, '9.1', 'Sous un axe inconnu', null]);
      sheet(wb, 'Mesures').addRow([999999, null, '2026-01-01', null, 3]);
      sheet(wb, 'Mesures').addRow([null, 'Un indicateur que personne n’a créé', '2026-01-01', null, 3]);
    });
    const response = await upload(t, admin, planId, file);
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('refused');
    const messages = Object.fromEntries(response.body.errors.map((e: { cell: string; message: string }) => [e.cell, e.message]));
    expect(messages[`Actions!J${row}`]).toBe('« Poids » : « lourd » n’est pas un nombre.');
    expect(messages[`Actions!F${row}`]).toMatch(/^La sous-direction « XYZ » n’existe pas/);
    expect(messages[`Actions!G${row}`]).toBe('Aucun compte n’a le courriel « personne@boussole.test ».');
    expect(messages[`Actions!I${row}`]).toBe('« Échéance » : la date « 2026-02-30 » n’existe pas.');
    expect(Object.values(messages)).toContain('L’objectif 9.1 est sous un axe 9 qui n’existe pas dans ce projet ni dans la feuille « Axes ».');
    expect(Object.values(messages)).toContain('Aucun indicateur de ce projet n’a l’identifiant 999999.');
    expect(Object.values(messages)).toContain(
      'Aucun indicateur de ce projet ni de la feuille « Indicateurs » ne s’appelle « Un indicateur que personne n’a créé ».',
    );
    for (const e of response.body.errors) expect(e.sheet).toMatch(/^(Actions|Objectifs|Mesures)$/);
  });

  it('refuses duplicate codes in a sheet', async () => {
    const {
      rows: [action],
    } = await t.sql.query(`SELECT code FROM actions WHERE plan_id = $1 ORDER BY id LIMIT 1`, [planId]);
    const file = await editWorkbook(template, (wb) => {
      sheet(wb, 'Actions').addRow([null, action.code.split('.').slice(0, 2).join('.'), action.code, 'Un doublon', null, 'PF']);
    });
    const response = await upload(t, admin, planId, file);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ sheet: 'Actions', column: 'C', message: `L’action ${action.code} figure deux fois dans la feuille.` }),
    ]);
  });
});
