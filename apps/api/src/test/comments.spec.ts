import { createTestApp, TestApp } from './support/test-app';

/** Comments on actions and deployments (DESIGN §2, §4). */
describe('comments', () => {
  let t: TestApp;
  let actionId: number;
  beforeAll(async () => {
    t = await createTestApp();
    actionId = (await t.sql.query(`SELECT id FROM actions WHERE regional ORDER BY id LIMIT 1`)).rows[0].id;
  });
  afterAll(async () => t.close());

  const post = (path: string, token: string, json: Record<string, unknown>) => t.request(path, { method: 'POST', token, json });

  it('keeps <script> and line breaks as plain text', async () => {
    const token = await t.login('ars-bretagne@boussole.test');
    const text = '<script>alert("x")</script>\nDeuxième ligne — voir https://sante.gouv.fr/';
    const created = await post(`/actions/${actionId}/regions/53/comments`, token, { kind: 'support_request', text });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ text, kind: 'support_request', regionCode: '53', parentId: null, author: { name: 'Maëlle Le Goff', role: 'ars_liaison' } });
    const thread = await t.request(`/actions/${actionId}/regions/53/comments`, { token });
    expect(thread.body.find((c: { id: number }) => c.id === created.body.id).text).toBe(text);
    expect(thread.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('lets a liaison comment their own region and actions, not another region; a viewer nothing', async () => {
    const token = await t.login('ars-bretagne@boussole.test');
    expect((await post(`/actions/${actionId}/comments`, token, { kind: 'general', text: 'Question nationale' })).status).toBe(201);
    const idf = await post(`/actions/${actionId}/regions/11/comments`, token, { kind: 'general', text: 'Chez les voisins' });
    expect(idf.status).toBe(403);
    expect(idf.body.message).toBe('Vous ne pouvez commenter que le déploiement de votre région (Bretagne).');
    const viewer = await t.login('lecture@boussole.test');
    expect((await post(`/actions/${actionId}/comments`, viewer, { kind: 'general', text: 'x' })).status).toBe(403);
    expect((await t.request(`/actions/${actionId}/comments`, { token: viewer })).status).toBe(200);
  });

  it('answers one level deep only', async () => {
    const liaison = await t.login('ars-idf@boussole.test');
    const director = await t.login('direction@boussole.test');
    const root = await post(`/actions/${actionId}/regions/11/comments`, liaison, { kind: 'blocker', text: 'Recrutements bloqués.' });
    const reply = await post(`/actions/${actionId}/regions/11/comments`, director, { kind: 'general', text: 'Nous appuyons.', parentId: root.body.id });
    expect(reply.status).toBe(201);
    expect(reply.body.parentId).toBe(root.body.id);
    const deeper = await post(`/actions/${actionId}/regions/11/comments`, liaison, { kind: 'general', text: 'Merci', parentId: reply.body.id });
    expect(deeper.status).toBe(400);
    expect(deeper.body.fields.parentId).toBe('Un seul niveau de réponse.');
    const elsewhere = await post(`/actions/${actionId}/comments`, liaison, { kind: 'general', text: 'x', parentId: root.body.id });
    expect(elsewhere.status).toBe(400);
  });

  it('lets authors edit and delete their own comments only, audited', async () => {
    const author = await t.login('q@boussole.test');
    const other = await t.login('admin@boussole.test');
    const created = await post(`/actions/${actionId}/comments`, author, { kind: 'result', text: 'Premier bilan.' });
    const id = created.body.id;
    expect((await t.request(`/comments/${id}`, { method: 'PATCH', token: other, json: { text: 'piraté' } })).body.message).toBe('Vous ne pouvez modifier que vos propres commentaires.');
    const edited = await t.request(`/comments/${id}`, { method: 'PATCH', token: author, json: { text: 'Bilan corrigé.', kind: 'good_practice' } });
    expect(edited.body).toMatchObject({ text: 'Bilan corrigé.', kind: 'good_practice', editedAt: expect.any(String) });
    expect((await t.request(`/comments/${id}`, { method: 'DELETE', token: other })).status).toBe(403);
    expect((await t.request(`/comments/${id}`, { method: 'DELETE', token: author })).status).toBe(204);
    expect((await t.request(`/actions/${actionId}/comments`, { token: author })).body.find((c: { id: number }) => c.id === id)).toBeUndefined();
    expect((await t.request(`/comments/${id}`, { method: 'DELETE', token: author })).status).toBe(404);
    const verbs = (await t.sql.query(`SELECT verb FROM audit_events WHERE entity_type = 'comment' AND entity_id = $1 ORDER BY id`, [String(id)])).rows.map((r) => r.verb);
    expect(verbs).toEqual(['comment.create', 'comment.update', 'comment.delete']);
  });

  it('validates kind and text in French, and the thread', async () => {
    const token = await t.login('direction@boussole.test');
    expect((await post(`/actions/${actionId}/comments`, token, { kind: 'avis', text: 'x' })).body.fields.kind).toMatch(/type de commentaire/);
    expect((await post(`/actions/${actionId}/comments`, token, { kind: 'general', text: '  \n ' })).body.fields.text).toBe('Le commentaire ne peut pas être vide.');
    expect((await post(`/actions/999999/comments`, token, { kind: 'general', text: 'x' })).status).toBe(404);
    const national = (await t.sql.query(`SELECT id FROM actions WHERE NOT regional LIMIT 1`)).rows[0].id;
    expect((await post(`/actions/${national}/regions/53/comments`, token, { kind: 'general', text: 'x' })).status).toBe(404);
    expect((await t.request(`/actions/${actionId}/regions/5/comments`, { token })).status).toBe(400);
  });
});
