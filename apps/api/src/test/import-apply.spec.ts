import { createTestApp, TestApp } from './support/test-app';
import { buildValidationPlan, postUpdate, validate } from './support/validation-fixtures';
import { activePlanId, downloadTemplate, editWorkbook, nothingToDo, rowWhere, setCell, sheet, upload } from './support/import-fixtures';

/** Issue 11: an import applies all or nothing, in one transaction, with its audit events, and keeps its report. */
describe('import applied', () => {
  let t: TestApp;
  let admin: string;
  let planId: number;
  let adminId: number;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    planId = await activePlanId(t);
    adminId = (await t.sql.query(`SELECT id FROM users WHERE email = 'admin@boussole.test'`)).rows[0].id;
  });
  afterAll(async () => t.close());

  const counts = async () =>
    (
      await t.sql.query(
        `SELECT (SELECT count(*)::int FROM audit_events) AS audits, (SELECT count(*)::int FROM axes WHERE plan_id = $1) AS axes,
                (SELECT count(*)::int FROM actions WHERE plan_id = $1) AS actions, (SELECT count(*)::int FROM measurements) AS measurements`,
        [planId],
      )
    ).rows[0];

  it('changes a title, creates an action and a measurement, each with its audit event, then finds nothing more to do', async () => {
    const template = await downloadTemplate(t, admin, planId);
    const {
      rows: [action],
    } = await t.sql.query(`SELECT id, code, title FROM actions WHERE plan_id = $1 ORDER BY id LIMIT 1`, [planId]);
    const {
      rows: [objective],
    } = await t.sql.query(`SELECT o.id, o.code FROM objectives o JOIN axes a ON a.id = o.axis_id WHERE a.plan_id = $1 ORDER BY a.number, o.number LIMIT 1`, [
      planId,
    ]);
    // A national indicator not yet measured for the current period.
    const {
      rows: [indicator],
    } = await t.sql.query(
      `SELECT i.id, to_char(date_trunc(i.periodicity, current_date), 'YYYY-MM-DD') AS period FROM indicators i
        WHERE i.plan_id = $1 AND NOT i.regional AND i.baseline_date < date_trunc(i.periodicity, current_date)
          AND NOT EXISTS (SELECT 1 FROM measurements m WHERE m.indicator_id = i.id AND m.period = date_trunc(i.periodicity, current_date)::date)
        ORDER BY i.id LIMIT 1`,
      [planId],
    );
    expect(indicator).toBeDefined();
    const file = await editWorkbook(template, (wb) => {
      setCell(wb, 'Actions', rowWhere(wb, 'Actions', 'Code', action.code), 'Titre', 'Titre changé par l’import');
      sheet(wb, 'Actions').addRow([
        null,
        objective.code,
        `${objective.code}.99`,
        'Action créée par l’import',
        'Depuis un classeur',
        'PF',
        'pf@boussole.test',
        null,
        null,
        1,
        true,
      ]);
      sheet(wb, 'Mesures').addRow([indicator.id, null, indicator.period, null, 42]);
    });
    const before = await counts();
    const response = await upload(t, admin, planId, file, { dryRun: false, name: 'édition.xlsx' });
    expect(response.body.current?.errors ?? []).toEqual([]);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'applied', dryRun: false, fileName: 'édition.xlsx', errors: [] });
    expect(response.body.counts.action).toMatchObject({ create: 1, change: 1 });

    const {
      rows: [changed],
    } = await t.sql.query(`SELECT title FROM actions WHERE id = $1`, [action.id]);
    expect(changed.title).toBe('Titre changé par l’import');
    const {
      rows: [created],
    } = await t.sql.query(
      `SELECT a.id, a.title, a.regional, (SELECT count(*)::int FROM regional_deployments d WHERE d.action_id = a.id) AS deployments
         FROM actions a WHERE a.plan_id = $1 AND a.code = $2`,
      [planId, `${objective.code}.99`],
    );
    expect(created).toMatchObject({ title: 'Action créée par l’import', regional: true, deployments: 18 });
    const { rows: events } = await t.sql.query(`SELECT verb, entity_type, entity_id, actor_id FROM audit_events ORDER BY id DESC LIMIT 4`);
    expect(events).toHaveLength(4);
    expect(events[0]).toMatchObject({ verb: 'import.apply', entity_type: 'import', entity_id: String(response.body.id), actor_id: adminId });
    const verbs = events.map((e) => e.verb);
    expect(verbs).toEqual(expect.arrayContaining(['action.create', 'action.update']));
    const after = await counts();
    expect(after.actions).toBe(before.actions + 1);
    expect(verbs).toContain('measurement.create');
    expect(after.measurements).toBe(before.measurements + 1);

    const report = await t.request(`/imports/${response.body.id}`, { token: admin });
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ status: 'applied', applied: true, planId, author: { id: adminId } });

    // Re-importing the same file changes nothing.
    const again = await upload(t, admin, planId, file);
    expect(again.body.errors).toEqual([]);
    expect(nothingToDo(again.body.counts)).toBe(true);
  });

  it('writes nothing when one row is refused (all or nothing), and keeps the refused report', async () => {
    const template = await downloadTemplate(t, admin, planId);
    const file = await editWorkbook(template, (wb) => {
      sheet(wb, 'Axes').addRow([null, 5, 'Un axe qui ne sera pas créé', null]);
      const row = rowWhere(wb, 'Actions', 'Sous-direction', 'PF');
      setCell(wb, 'Actions', row, 'Titre', 'Ce titre ne sera pas écrit');
      sheet(wb, 'Actions').addRow([null, '1.1', '1.1.98', 'Une action refusée', null, 'INCONNUE']);
    });
    const before = await counts();
    const response = await upload(t, admin, planId, file, { dryRun: false });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('L’import compte 1 erreur : rien n’a été écrit. Corrigez le classeur, puis relancez la simulation.');
    expect(response.body.current).toMatchObject({ status: 'refused', errors: [expect.objectContaining({ sheet: 'Actions', column: 'F' })] });
    expect(await counts()).toEqual(before);
    expect((await t.request(`/imports/${response.body.current.id}`, { token: admin })).body.status).toBe('refused');
  });

  it('refuses through the services’ own rules (an owner who may not update the action), at its cell, and writes nothing', async () => {
    const template = await downloadTemplate(t, admin, planId);
    let row = 0;
    const file = await editWorkbook(template, (wb) => {
      sheet(wb, 'Axes').addRow([null, 5, 'Un axe qui ne sera pas créé', null]);
      row = rowWhere(wb, 'Actions', 'Sous-direction', 'PF');
      setCell(wb, 'Actions', row, 'Responsable (courriel)', 'rh@boussole.test');
    });
    const before = await counts();
    const dry = await upload(t, admin, planId, file);
    expect(dry.body.errors).toEqual([
      expect.objectContaining({ cell: `Actions!G${row}`, message: expect.stringContaining('Le responsable doit pouvoir mettre à jour l’action') }),
    ]);
    expect((await upload(t, admin, planId, file, { dryRun: false })).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('creates a new axis, its objective and an indicator attached to it, measured in the same file by its name', async () => {
    const template = await downloadTemplate(t, admin, planId);
    const file = await editWorkbook(template, (wb) => {
      sheet(wb, 'Axes').addRow([null, 5, 'Axe ajouté par l’import', 'Sa description']);
      sheet(wb, 'Objectifs').addRow([null, 5, '5.1', 'Objectif ajouté', null]);
      sheet(wb, 'Indicateurs').addRow([
        null,
        '5.1',
        'Indicateur ajouté',
        '%',
        10,
        new Date('2025-01-01T00:00:00Z'),
        50,
        new Date('2027-12-31T00:00:00Z'),
        'year',
        false,
      ]);
      // No id yet: the measurements name the indicator the file creates (any day of the year is its year).
      sheet(wb, 'Mesures').addRow([null, 'Indicateur ajouté', new Date('2025-06-30T00:00:00Z'), null, 20]);
      sheet(wb, 'Mesures').addRow([null, 'Indicateur ajouté', '2026-01-01', null, 30]);
    });
    const dry = await upload(t, admin, planId, file);
    expect(dry.body.errors).toEqual([]);
    expect(dry.body.counts.measurement).toMatchObject({ create: 2, change: 0 });
    const response = await upload(t, admin, planId, file, { dryRun: false });
    expect(response.body.errors).toEqual([]);
    const { rows: measured } = await t.sql.query(
      `SELECT to_char(m.period, 'YYYY-MM-DD') AS period, m.value::float AS value FROM measurements m JOIN indicators i ON i.id = m.indicator_id
        WHERE i.plan_id = $1 AND i.name = 'Indicateur ajouté' ORDER BY m.period`,
      [planId],
    );
    expect(measured).toEqual([
      { period: '2025-01-01', value: 20 },
      { period: '2026-01-01', value: 30 },
    ]);
    // The same file again: the indicator is found by its name and attachment, its measurements by their period.
    expect(nothingToDo((await upload(t, admin, planId, file)).body.counts)).toBe(true);
    const {
      rows: [created],
    } = await t.sql.query(
      `SELECT ax.title, o.code, i.name, i.periodicity FROM axes ax JOIN objectives o ON o.axis_id = ax.id JOIN indicators i ON i.objective_id = o.id
        WHERE ax.plan_id = $1 AND ax.number = 5`,
      [planId],
    );
    expect(created).toEqual({ title: 'Axe ajouté par l’import', code: '5.1', name: 'Indicateur ajouté', periodicity: 'year' });
    expect(nothingToDo((await upload(t, admin, planId, await downloadTemplate(t, admin, planId))).body.counts)).toBe(true);
  });

  it('refuses, through the lock of the services, a change under an axis validated for the open cycle', async () => {
    const plan = await buildValidationPlan(t, admin, 'Projet verrouillé à l’import', [1, 1]);
    for (const axis of plan.axes) for (const action of axis.actions) expect((await postUpdate(t, admin, action.id)).status).toBe(201);
    expect((await validate(t, await t.login('direction@boussole.test'), plan.cycleId, plan.axes[0].id)).status).toBe(201);
    const [locked, open] = plan.axes.map((axis) => axis.actions[0].code);
    let row = 0;
    const file = await editWorkbook(await downloadTemplate(t, admin, plan.planId), (wb) => {
      row = rowWhere(wb, 'Actions', 'Code', locked);
      setCell(wb, 'Actions', row, 'Titre', 'Changé sous un axe validé');
      setCell(wb, 'Actions', rowWhere(wb, 'Actions', 'Code', open), 'Titre', 'Changé sous un axe ouvert');
    });
    const dry = await upload(t, admin, plan.planId, file);
    expect(dry.body.counts.action).toMatchObject({ change: 2 });
    expect(dry.body.errors).toEqual([expect.objectContaining({ sheet: 'Actions', row, message: expect.stringMatching(new RegExp(`^${locked} : `)) })]);
    expect((await upload(t, admin, plan.planId, file, { dryRun: false })).status).toBe(400);
    const { rows } = await t.sql.query(`SELECT title FROM actions WHERE plan_id = $1 ORDER BY code`, [plan.planId]);
    expect(rows.map((r) => r.title)).not.toContain('Changé sous un axe ouvert');
  });
});
