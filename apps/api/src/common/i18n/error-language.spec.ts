import { createTestApp, type TestApp, type TestResponse } from '../../test/support/test-app';

/** Accents, French quotation marks or French words: what an English answer must not carry. */
const FRENCH_MARKS = /[àâçéèêëîïôûù«»]|\b(le|la|les|des|du|est|doit|pas|une)\b/i;

const EN = { 'accept-language': 'en-GB,en;q=0.9' };

function expectLanguage(response: TestResponse, language: 'fr' | 'en'): void {
  expect(response.headers.get('content-language')).toBe(language);
  expect(response.headers.get('vary') ?? '').toMatch(/Accept-Language/i);
}

describe('the API’s errors in the request’s language (Accept-Language)', () => {
  let t: TestApp;
  let admin: string;
  let viewer: string;
  beforeAll(async () => {
    t = await createTestApp();
    [admin, viewer] = await Promise.all([t.login('admin@boussole.test'), t.login('lecture@boussole.test')]);
  });
  afterAll(async () => t.close());

  it('a wrong password (401)', async () => {
    const json = { email: 'admin@boussole.test', password: 'pas-le-bon-mot-de-passe' };
    const english = await t.request('/auth/login', { method: 'POST', json, headers: EN });
    expect(english.status).toBe(401);
    expect(english.body).toEqual({ statusCode: 401, error: 'Not signed in', message: 'Incorrect email address or password.' });
    expectLanguage(english, 'en');

    const french = await t.request('/auth/login', { method: 'POST', json });
    expect(french.body).toEqual({ statusCode: 401, error: 'Non authentifié', message: 'Adresse électronique ou mot de passe incorrect.' });
    expectLanguage(french, 'fr');
  });

  it('a validation error names each field in English (400)', async () => {
    const json = { title: '', startYear: 1990, endYear: 'deux mille', surprise: true };
    const english = await t.request('/plans', { method: 'POST', json, token: admin, headers: EN });
    expect(english.status).toBe(400);
    expect(english.body.error).toBe('Bad request');
    expect(english.body.fields).toMatchObject({
      surprise: 'The field “surprise” is not expected.',
      title: 'The title is required.',
      startYear: 'The start year is between 2000 and 2100.',
      endYear: 'The end year must be a year (e.g. 2030).',
    });
    expect(Object.values(english.body.fields)).toContain(english.body.message);
    expect(JSON.stringify(english.body)).not.toMatch(FRENCH_MARKS);
    expectLanguage(english, 'en');

    const french = await t.request('/plans', { method: 'POST', json, token: admin });
    expect(french.body.fields).toMatchObject({ surprise: 'Le champ « surprise » n’est pas attendu.', title: 'Le titre est obligatoire.' });
    expectLanguage(french, 'fr');
  });

  it('an unknown route (404)', async () => {
    const english = await t.request('/nulle-part', { token: admin, headers: EN });
    expect(english.status).toBe(404);
    expect(english.body).toEqual({ statusCode: 404, error: 'Not found', message: 'Resource not found.' });
    expectLanguage(english, 'en');

    const missing = await t.request('/plans/999999', { token: admin, headers: EN });
    expect(missing.body.message).toBe('Strategic plan not found.');
  });

  it('a forbidden write (403), with the domain’s refusal in English', async () => {
    const json = { title: 'Projet stratégique 2031-2033', startYear: 2031, endYear: 2033 };
    const english = await t.request('/plans', { method: 'POST', json, token: viewer, headers: EN });
    expect(english.status).toBe(403);
    expect(english.body).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'Only administrators manage the plan, reporting cycles and imports.',
    });
    expectLanguage(english, 'en');

    const french = await t.request('/plans', { method: 'POST', json, token: viewer });
    expect(french.body.message).toBe('La gestion du plan, des campagnes et des imports est réservée à l’administration.');
  });

  it('refuses bad input across the routes in English, never with French left in it', async () => {
    const plans = await t.request('/plans', { token: admin });
    const plan = plans.body[0].id;
    const actions = await t.request(`/actions?plan=${plan}&pageSize=1`, { token: admin });
    const action = actions.body[0].id;
    const cases: Array<[string, RequestInit & { json?: unknown }]> = [
      ['/actions/abc', {}],
      ['/actions?status=radieux&sort=hasard', {}],
      ['/regions/99/rollup', {}],
      [`/actions/${action}`, { method: 'PATCH', json: { title: 'Sans version' } }],
      [`/actions/${action}`, { method: 'PATCH', json: { weight: -1, dueDate: '2026-02-30' }, headers: { 'if-match': 'trois' } }],
      [`/actions/${action}/updates`, { method: 'POST', json: { status: 'done', progress: 40, version: 1 } }],
      [`/actions/${action}/milestones`, { method: 'POST', json: { title: '', plannedDate: 'demain' } }],
      [`/actions/${action}/comments`, { method: 'POST', json: { kind: 'ragot', text: '' } }],
      ['/cycles', { method: 'POST', json: { planId: plan, label: '', opensOn: '2026-13-01' } }],
      ['/indicators', { method: 'POST', json: { planId: plan, attachedTo: { kind: 'axe' }, name: '', periodicity: 'hebdo' } }],
      ['/users', { method: 'POST', json: { email: 'pas-une-adresse', name: '', role: 'chef' } }],
      [`/plans/${plan}/rollup?asOf=2999-01-01`, {}],
      ['/audit?from=2026-05-01&to=2026-01-01', {}],
      ['/plans', { method: 'POST', body: '{"title": ', headers: { 'content-type': 'application/json' } }],
    ];
    for (const [path, init] of cases) {
      const response = await t.request(path, { ...init, token: admin, headers: { ...EN, ...(init.headers as Record<string, string>) } });
      expect({ path, clientError: response.status >= 400 && response.status < 500 }).toEqual({ path, clientError: true });
      // The record a 409 carries back (`current`) is the data as people wrote it, in French.
      const { error, message, fields } = response.body;
      expect({ path, words: JSON.stringify({ error, message, fields }) }).not.toEqual({ path, words: expect.stringMatching(FRENCH_MARKS) });
      expectLanguage(response, 'en');
    }
  });

  it('answers French to a language it does not speak, and says so on every answer, read or error', async () => {
    const german = await t.request('/nulle-part', { token: admin, headers: { 'accept-language': 'de-DE,de;q=0.9' } });
    expect(german.body.message).toBe('Ressource introuvable.');
    expectLanguage(german, 'fr');

    // The second read of the same roll-up may be answered by the cached-read door, before Express.
    const plans = await t.request('/plans', { token: admin, headers: EN });
    const id = plans.body[0].id;
    for (let i = 0; i < 2; i++) {
      const rollup = await t.request(`/plans/${id}/rollup`, { token: admin, headers: EN });
      expect(rollup.status).toBe(200);
      expectLanguage(rollup, 'en');
    }
    expectLanguage(plans, 'en');
  });
});
