import { countByRecipient, openCycle, PUBLIC_URL, resetMail, settled, type OpenCycle } from './support/reminder-fixtures';
import { startSmtpInbox, type SmtpInbox } from './support/smtp-inbox';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The interface language a user chooses in the header (`PATCH /api/auth/me {language}`): kept for
 * the account and audited, and the language of the e-mails Boussole writes to them (reset links,
 * reminders, the closing summary). Whoever never chose gets French, the default.
 */
describe('the account’s language', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let cycle: OpenCycle;
  let admin: string;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await createTestApp({ env: { SMTP_URL: inbox.url, PUBLIC_URL } });
    admin = await t.login('admin@boussole.test');
    cycle = await openCycle(t, admin);
  });
  beforeEach(async () => resetMail(t, inbox));
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  async function until(done: () => boolean): Promise<void> {
    for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
    await settled(t);
  }

  const patchMe = (token: string | undefined, json: unknown) => t.request('/auth/me', { method: 'PATCH', token, json });

  it('is null until chosen, then kept for the account and audited once per change', async () => {
    const token = await t.login('lecture@boussole.test');
    expect((await t.request('/auth/me', { token })).body.language).toBeNull();

    const chosen = await patchMe(token, { language: 'en' });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ email: 'lecture@boussole.test', language: 'en', reminders: true });
    expect((await t.request('/auth/me', { token })).body.language).toBe('en');
    // A new session (another browser) reads it from the account.
    expect((await t.request('/auth/me', { token: await t.login('lecture@boussole.test') })).body.language).toBe('en');

    expect((await patchMe(token, { language: 'en' })).body.language).toBe('en');
    const audits = (await t.sql.query(`SELECT before, after FROM audit_events WHERE verb = 'account.language' ORDER BY id`)).rows;
    expect(audits).toEqual([{ before: { language: null }, after: { language: 'en' } }]);

    // Both settings at once: two changes, each audited.
    const both = await patchMe(token, { language: 'fr', reminders: false });
    expect(both.body).toMatchObject({ language: 'fr', reminders: false });
    const verbs = (await t.sql.query(`SELECT verb FROM audit_events WHERE verb LIKE 'account.%' ORDER BY id`)).rows.map((r) => r.verb);
    expect(verbs).toEqual(['account.language', 'account.reminders', 'account.language']);
    await patchMe(token, { reminders: true });
  });

  it('refuses a language Boussole does not speak, an empty body and a null, changing nothing', async () => {
    const token = await t.login('pf@boussole.test');
    for (const body of [{ language: 'de' }, { language: 'EN' }, { language: null }, { language: 3 }]) {
      const bad = await patchMe(token, body);
      expect(bad.status).toBe(400);
      expect(bad.body.fields.language).toBe('« language » doit valoir fr ou en.');
    }
    const empty = await patchMe(token, {});
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/^Indiquez « reminders » .+ ou « language » \(fr ou en\)\.$/);
    expect((await patchMe(token, { language: 'en', role: 'admin' })).status).toBe(400);
    expect((await patchMe(undefined, { language: 'en' })).status).toBe(401);
    expect((await t.sql.query(`SELECT language FROM users WHERE email = 'pf@boussole.test'`)).rows[0].language).toBeNull();
  });

  it('writes a reset link in the language of its recipient, French by default', async () => {
    await t.sql.query(`UPDATE users SET language = 'en' WHERE email = 'q@boussole.test'`);
    for (const email of ['q@boussole.test', 'ars-bretagne@boussole.test']) {
      expect((await t.request('/auth/password-reset', { method: 'POST', json: { email } })).status).toBe(202);
    }
    // The link is issued after the answer (the same answer whether the address exists or not).
    await until(() => inbox.messages.length === 2);
    const english = inbox.messages.find((m) => m.to.includes('q@boussole.test'));
    expect(english?.subject).toBe('Boussole: choose a new password');
    expect(english?.text).toMatch(/^French Republic — Ministry of Health/);
    expect(english?.text).toMatch(/expires on \d{2}\/\d{2}\/\d{4} at \d{2}:\d{2}\)\./);
    expect(english?.text).toContain(`Choose a new password: ${PUBLIC_URL}/invitation/`);
    expect(english?.html).toContain('<html lang="en">');
    const french = inbox.messages.find((m) => m.to.includes('ars-bretagne@boussole.test'));
    expect(french?.subject).toBe('Boussole : choisissez un nouveau mot de passe');
    expect(french?.html).toContain('<html lang="fr">');
    await t.sql.query(`UPDATE users SET language = NULL WHERE email = 'q@boussole.test'`);
  });

  it('reminds each owner in their language and sends the closing summary in each reader’s', async () => {
    const [englishOwner, frenchOwner] = cycle.owners;
    await t.sql.query(`UPDATE users SET language = 'en' WHERE id = $1 OR email = 'direction@boussole.test'`, [englishOwner.id]);
    const director = await t.login('direction@boussole.test');
    expect((await t.request(`/cycles/${cycle.id}/reminders`, { method: 'POST', token: director, json: {} })).status).toBe(200);
    await settled(t);
    expect(countByRecipient(inbox, /^Boussole: reminder for the .+ reporting cycle, \d+ status updates? expected from you$/)).toEqual({ [englishOwner.email]: 1 });
    const english = inbox.messages.find((m) => m.to.includes(englishOwner.email));
    expect(english?.text).toContain(`Hello ${englishOwner.name},`);
    expect(english?.text).toMatch(/is reminding you: the “.+” reporting cycle of the “.+” plan (closes|was due to close) /);
    expect(english?.text).toContain(`My account: ${PUBLIC_URL}/mon-compte`);
    expect(english?.html).toContain('<html lang="en">');
    const french = inbox.messages.find((m) => m.to.includes(frenchOwner.email));
    expect(french?.subject).toMatch(/^Boussole\u00a0: relance de la campagne /);

    inbox.messages.length = 0;
    const { version } = (await t.sql.query(`SELECT version FROM reporting_cycles WHERE id = $1`, [cycle.id])).rows[0];
    expect((await t.request(`/cycles/${cycle.id}`, { method: 'PATCH', token: admin, json: { state: 'closed', version } })).status).toBe(200);
    await settled(t);
    const summary = inbox.messages.find((m) => m.to.includes('direction@boussole.test'));
    expect(summary?.subject).toMatch(new RegExp(`^Boussole: the ${cycle.label} reporting cycle is closed, [\\d.]+% of status updates received$`));
    expect(summary?.text).toMatch(/Completeness by axis:\n- Axis 1 — .+; Expected: \d+; Received: \d+; Missing: \d+; Completeness: /);
    const adminSummary = inbox.messages.find((m) => m.to.includes('admin@boussole.test'));
    expect(adminSummary?.subject).toMatch(/^Boussole\u00a0: la campagne .+ est close/);
  });
});
