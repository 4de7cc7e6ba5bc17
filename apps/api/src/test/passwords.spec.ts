import { PASSWORD_MESSAGES } from '@boussole/domain';
import { ACCOUNT_MESSAGES, RESET_ANSWER } from '../auth/account.service';
import { passwordRefusal } from '../auth/password-policy';
import { createTestApp, TestApp } from './support/test-app';

const GOOD_PASSWORD = 'Hibou-Cornichon-Velo-42';

describe('the password rules (one function for invitations, resets, changes and the first admin)', () => {
  const owner = { email: 'jeanne.martin@sante.gouv.fr', name: 'Jeanne Martin' };

  it.each([
    ['too short', 'Court-2026', PASSWORD_MESSAGES.tooShort(10)],
    ['a common French password', 'motdepasse123', /^Ce mot de passe est trop facile à deviner/],
    ['a keyboard row', 'azertyuiop12', /^Ce mot de passe est trop facile à deviner\u00a0: les lignes droites de touches de votre clavier sont faciles à deviner\. Allongez-le/],
    ['the e-mail’s name', 'Jeanne.Martin-2026!', PASSWORD_MESSAGES.containsEmailName('jeanne.martin')],
    ['the person’s own name', 'jeannemartin', /^Ce mot de passe est trop facile à deviner\u00a0: le mot de passe ne doit pas comporter de données personnelles/],
    ['the service’s name and a year', 'boussole2025', /^Ce mot de passe est trop facile à deviner/],
  ])('refuses %s, saying why', (_, password, expected) => {
    const refusal = passwordRefusal(password, owner);
    if (typeof expected === 'string') expect(refusal).toBe(expected);
    else expect(refusal).toMatch(expected);
  });

  it.each([GOOD_PASSWORD, 'tournesol vert et mouette rieuse', 'Q7#vLp2!xR9@wZ'])('accepts %s', (password) => {
    expect(passwordRefusal(password, owner)).toBeNull();
  });
});

describe('changing one’s password (POST /api/auth/password)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  const change = (token: string, json: unknown) => t.request('/auth/password', { method: 'POST', token, json });

  it('asks for the current password, with a French error on its field', async () => {
    const token = await t.login('q@boussole.test');
    const wrong = await change(token, { currentPassword: 'pas-le-bon', newPassword: GOOD_PASSWORD });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields).toEqual({ currentPassword: ACCOUNT_MESSAGES.wrongCurrent });
    const same = await change(token, { currentPassword: 'Boussole-Demo-2025', newPassword: 'Boussole-Demo-2025' });
    expect(same.body.fields).toEqual({ newPassword: ACCOUNT_MESSAGES.sameAsCurrent });
    const missing = await change(token, { newPassword: GOOD_PASSWORD });
    expect(missing.body.fields.currentPassword).toBe('Saisissez votre mot de passe actuel.');
  });

  it('applies the rules to the new password, on its field', async () => {
    const token = await t.login('q@boussole.test');
    const weak = await change(token, { currentPassword: 'Boussole-Demo-2025', newPassword: 'motdepasse123' });
    expect(weak.status).toBe(400);
    expect(weak.body.fields.newPassword).toMatch(/^Ce mot de passe est trop facile à deviner/);
    const named = await change(token, { currentPassword: 'Boussole-Demo-2025', newPassword: 'mon-q-et-lecture-2026' });
    // "q" is too short a name to be forbidden: this one is judged on its strength alone.
    expect(named.status).toBe(204);
    await change(token, { currentPassword: 'mon-q-et-lecture-2026', newPassword: 'Boussole-Demo-2025' });
  });

  it('changes it, keeps this session and ends the others, audited', async () => {
    const other = await t.login('lecture@boussole.test');
    const mine = await t.login('lecture@boussole.test');
    const response = await change(mine, { currentPassword: 'Boussole-Demo-2025', newPassword: GOOD_PASSWORD });
    expect(response.status).toBe(204);
    expect((await t.request('/auth/me', { token: mine })).status).toBe(200);
    expect((await t.request('/auth/me', { token: other })).status).toBe(401);
    expect((await t.request('/auth/login', { method: 'POST', json: { email: 'lecture@boussole.test', password: 'Boussole-Demo-2025' } })).status).toBe(401);
    expect((await t.request('/auth/login', { method: 'POST', json: { email: 'lecture@boussole.test', password: GOOD_PASSWORD } })).status).toBe(200);
    const audit = (await t.sql.query(
      `SELECT after FROM audit_events WHERE verb = 'password.change' AND actor_id = (SELECT id FROM users WHERE email = 'lecture@boussole.test')`,
    )).rows;
    expect(audit).toEqual([{ after: { endedSessions: 1 } }]);
  });

  it('needs a session', async () => {
    expect((await change('', { currentPassword: 'x', newPassword: GOOD_PASSWORD })).status).toBe(401);
  });
});

describe('"mot de passe oublié" (POST /api/auth/password-reset)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  const ask = (email: string) => t.request('/auth/password-reset', { method: 'POST', json: { email } });
  const outboxTo = async (email: string) => (await t.sql.query(`SELECT subject, body FROM mail_outbox WHERE recipient = $1`, [email])).rows;
  const eventually = async (read: () => Promise<unknown[]>) => {
    let rows = await read();
    for (let i = 0; i < 100 && rows.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      rows = await read();
    }
    return rows;
  };

  it('gives the same answer whether the address is an account’s or not, and writes a link only for an account', async () => {
    const known = await ask('Dns@Boussole.test');
    const unknown = await ask('personne@sante.example.fr');
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(RESET_ANSWER);
    expect(unknown.body).toEqual(known.body);

    const [mail] = (await eventually(() => outboxTo('dns@boussole.test'))) as { subject: string; body: string }[];
    expect(mail.subject).toBe('Boussole : choisissez un nouveau mot de passe');
    const token = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(mail.body)?.[1];
    expect((await t.request(`/auth/invitations/${token}`)).body).toMatchObject({ email: 'dns@boussole.test', purpose: 'reset' });
    expect(await outboxTo('personne@sante.example.fr')).toEqual([]);
  });

  it('writes nothing for a deactivated account, with the same answer', async () => {
    await t.sql.query(`UPDATE users SET active = false WHERE email = 'ars-reunion@boussole.test'`);
    const response = await ask('ars-reunion@boussole.test');
    expect(response.body).toEqual(RESET_ANSWER);
    await ask('n@boussole.test');
    await eventually(() => outboxTo('n@boussole.test'));
    expect(await outboxTo('ars-reunion@boussole.test')).toEqual([]);
  });

  it('is limited per address, known or not (429)', async () => {
    for (const email of ['inconnu@sante.example.fr', 'ars-idf@boussole.test']) {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await ask(email)).status);
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    }
    expect((await ask('inconnu@sante.example.fr')).body.message).toBe(ACCOUNT_MESSAGES.tooManyResets);
    // Another address is not held back.
    expect((await ask('autre@sante.example.fr')).status).toBe(202);
  });

  it('refuses a malformed address with a French 400', async () => {
    const response = await ask('pas-une-adresse');
    expect(response.status).toBe(400);
    expect(response.body.fields.email).toBe('L’adresse électronique n’est pas valide.');
  });
});
