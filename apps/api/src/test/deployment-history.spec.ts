import { createTestApp, TestApp } from './support/test-app';

/** `GET /api/actions/:id/regions/:code/history`: a region's past reports on one deployment. */
describe('deployment history', () => {
  let t: TestApp;
  let bretagne: string;
  let actionId: number;
  beforeAll(async () => {
    t = await createTestApp();
    bretagne = await t.login('ars-bretagne@boussole.test');
    const [row] = (
      await t.sql.query(
        `SELECT a.id FROM actions a JOIN regional_deployments d ON d.action_id = a.id AND d.region_code = '53'
          WHERE a.regional AND d.status NOT IN ('done', 'abandoned') AND d.narrative IS NOT NULL ORDER BY a.id LIMIT 1`,
      )
    ).rows;
    actionId = row.id;
  });
  afterAll(async () => t.close());

  const history = (code: string, token = bretagne) => t.request(`/actions/${actionId}/regions/${code}/history`, { token });
  const deployment = async (code: string) =>
    (await t.request(`/actions/${actionId}/regions`, { token: bretagne })).body.deployments.find((d: { regionCode: string }) => d.regionCode === code);

  it('gives a deployment never reported through the app its loaded values as its one report', async () => {
    const current = await deployment('53');
    const response = await history('53');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      actionId,
      regionCode: '53',
      reports: [
        {
          status: current.status,
          progress: current.progress,
          narrative: current.narrative,
          version: current.version,
          author: current.updatedBy,
          reportedAt: current.updatedAt,
        },
      ],
    });
  });

  it('lists each report newest first with its author, then the state found before the first one', async () => {
    const before = await deployment('53');
    const patch = (json: Record<string, unknown>) =>
      t.request(`/actions/${actionId}/regions/53`, { method: 'PATCH', token: bretagne, json });
    expect((await patch({ status: 'on_track', progress: 61, narrative: 'Deux CPTS de plus.', version: before.version })).status).toBe(200);
    const admin = await t.login('admin@boussole.test');
    const second = await t.request(`/actions/${actionId}/regions/53`, {
      method: 'PATCH',
      token: admin,
      json: { progress: 64, version: before.version + 1 },
    });
    expect(second.status).toBe(200);

    // Read by someone who may not write it: the history is read as the deployments are.
    const response = await history('53', await t.login('lecture@boussole.test'));
    expect(response.status).toBe(200);
    const reports = response.body.reports;
    expect(reports).toHaveLength(3);
    expect(reports[0]).toMatchObject({ status: 'on_track', progress: 64, narrative: 'Deux CPTS de plus.', version: before.version + 2, author: { name: 'Claire Dubois' } });
    expect(reports[1]).toMatchObject({ status: 'on_track', progress: 61, narrative: 'Deux CPTS de plus.', version: before.version + 1, author: { name: 'Maëlle Le Goff' } });
    expect(Date.parse(reports[0].reportedAt)).toBeGreaterThanOrEqual(Date.parse(reports[1].reportedAt));
    expect(reports[2]).toEqual({ status: before.status, progress: before.progress, narrative: before.narrative, version: before.version, author: null, reportedAt: null });
    // Another region's history is its own.
    expect((await history('11')).body.reports).toHaveLength(1);
  });

  it('answers 400 for a bad region code and 404 for a deployment that does not exist', async () => {
    expect((await history('99')).status).toBe(400);
    const national = (await t.sql.query(`SELECT id FROM actions WHERE NOT regional LIMIT 1`)).rows[0].id;
    const missing = await t.request(`/actions/${national}/regions/53/history`, { token: bretagne });
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/Déploiement régional/);
    expect((await t.request(`/actions/${actionId}/regions/53/history`)).status).toBe(401);
  });

  it('is described in the OpenAPI document', async () => {
    const response = await t.request('/docs-json');
    expect(response.body.paths['/api/actions/{id}/regions/{code}/history']).toHaveProperty('get');
  });
});
