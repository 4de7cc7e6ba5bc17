import type { RemindersSent } from '@boussole/domain';
import { countByRecipient, openCycle, PUBLIC_URL, resetMail, settled, type OpenCycle } from './support/reminder-fixtures';
import { startSmtpInbox, type SmtpInbox } from './support/smtp-inbox';
import { createTestApp, type TestApp } from './support/test-app';

const MANUAL = /relance de la campagne/;

/**
 * `POST /api/cycles/:id/reminders` (a director's "Relancer maintenant"), the opt-out of "Mon compte"
 * (`PATCH /api/auth/me`) and the summary of a cycle when it closes. The cycle is closed last.
 */
describe('manual reminders, the opt-out and the closing summary', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let other: TestApp;
  let cycle: OpenCycle;
  let admin: string;
  let director: string;
  const remind = (token?: string, id = cycle.id) => t.request(`/cycles/${id}/reminders`, { method: 'POST', token, json: {} });

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    const env = { SMTP_URL: inbox.url, PUBLIC_URL };
    t = await createTestApp({ env });
    other = await createTestApp({ shareWith: t, env });
    admin = await t.login('admin@boussole.test');
    director = await t.login('direction@boussole.test');
    cycle = await openCycle(t, admin);
    expect(cycle.owners.length).toBeGreaterThanOrEqual(2);
  });
  beforeEach(async () => resetMail(t, inbox));
  afterAll(async () => {
    await other.close();
    await t.close();
    await inbox.close();
  });

  it('lets a director send the reminders now, audited, and refuses a second send within ten minutes', async () => {
    const sent = await remind(director);
    expect(sent.status).toBe(200);
    const body: RemindersSent = sent.body;
    expect(body).toMatchObject({ cycleId: cycle.id, sent: cycle.owners.length, optedOut: 0 });
    expect(body.recipients.map((r) => r.id).sort()).toEqual(cycle.owners.map((o) => o.id).sort());
    for (const owner of cycle.owners) expect(body.recipients.find((r) => r.id === owner.id)?.actions).toBe(owner.codes.length);
    await settled(t);
    expect(countByRecipient(inbox, MANUAL)).toEqual(Object.fromEntries(cycle.owners.map((o) => [o.email, 1])));
    const { id: directorId, name: directorName } = (await t.sql.query(`SELECT id, name FROM users WHERE email = 'direction@boussole.test'`)).rows[0];
    const mail = inbox.messages[0];
    expect(mail.subject).toMatch(new RegExp(`^Boussole\u00a0: relance de la campagne ${cycle.label}, \\d+\u00a0points? d’avancement attendus? de votre part$`));
    expect(mail.text).toContain(`${directorName} vous relance\u00a0: la campagne de suivi «\u00a0${cycle.label}\u00a0»`);
    expect(mail.html).toContain('<html lang="fr">');

    const [audit] = (await t.sql.query(`SELECT actor_id, entity_type, after FROM audit_events WHERE verb = 'cycle.remind' ORDER BY id DESC LIMIT 1`)).rows;
    expect(audit).toMatchObject({ actor_id: directorId, entity_type: 'cycle', after: { kind: 'reminder_manual', sent: cycle.owners.length, optedOut: 0 } });

    // A double click, or an admin on another replica a minute later: refused, saying when it left.
    const again = await other.request(`/cycles/${cycle.id}/reminders`, { method: 'POST', token: admin, json: {} });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/^Les relances de la campagne .+ sont parties le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}\u00a0: un nouvel envoi est possible 10\u00a0minutes après, à partir du \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}\.$/);
    expect(Date.parse(again.body.current.nextAllowedAt) - Date.parse(again.body.current.lastSentAt)).toBe(10 * 60_000);
    await settled(t);
    expect(countByRecipient(inbox, MANUAL)).toEqual(Object.fromEntries(cycle.owners.map((o) => [o.email, 1])));

    // Ten minutes later, it goes again.
    await t.sql.query(`UPDATE cycle_mailings SET sent_at = sent_at - interval '11 minutes'`);
    expect((await remind(admin)).status).toBe(200);
  });

  it('sends once when two clicks reach two replicas at the same moment', async () => {
    const [first, second] = await Promise.all([remind(director), other.request(`/cycles/${cycle.id}/reminders`, { method: 'POST', token: director, json: {} })]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    await settled(t);
    expect(countByRecipient(inbox, MANUAL)).toEqual(Object.fromEntries(cycle.owners.map((o) => [o.email, 1])));
  });

  it('is for directors and admins only, signed in', async () => {
    const pm = await remind(await t.login('pf@boussole.test'));
    expect(pm.status).toBe(403);
    expect((await remind(await t.login('lecture@boussole.test'))).status).toBe(403);
    expect((await remind(await t.login('ars-idf@boussole.test'))).status).toBe(403);
    expect((await remind()).status).toBe(401);
    expect((await remind(director, 999999)).status).toBe(404);
    expect((await t.request('/cycles/abc/reminders', { method: 'POST', token: director, json: {} })).status).toBe(400);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM cycle_mailings`)).rows[0].n).toBe(0);
  });

  it('refuses the reminders of a planned cycle (409)', async () => {
    const [planned] = (await t.sql.query(`SELECT id, label FROM reporting_cycles WHERE plan_id = $1 AND state = 'planned' LIMIT 1`, [cycle.planId])).rows;
    const refused = await remind(director, planned.id);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(`La campagne ${planned.label} n’est pas ouverte (planifiée)\u00a0: ses relances ne partent que pendant qu’elle est ouverte.`);
  });

  it('lets anyone turn the reminders off in "Mon compte" (audited, seen by every replica), and skips them', async () => {
    // An owner who still owes updates in the cycle.
    const owner = cycle.owners[0];
    const ownerToken = await t.login(owner.email);
    expect((await t.request('/auth/me', { token: ownerToken })).body.reminders).toBe(true);
    expect((await other.request('/auth/me', { token: ownerToken })).body.reminders).toBe(true);
    const off = await t.request('/auth/me', { method: 'PATCH', token: ownerToken, json: { reminders: false } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ id: owner.id, email: owner.email, reminders: false, role: 'project_manager' });
    expect(off.body.unit).not.toBeNull();
    expect((await t.request('/auth/me', { token: ownerToken })).body.reminders).toBe(false);
    let seen = true;
    for (let i = 0; i < 100 && seen; i++) {
      seen = (await other.request('/auth/me', { token: ownerToken })).body.reminders;
      if (seen) await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen).toBe(false);
    const audits = (await t.sql.query(`SELECT actor_id, entity_type, entity_id, before, after FROM audit_events WHERE verb = 'account.reminders'`)).rows;
    expect(audits).toEqual([{ actor_id: owner.id, entity_type: 'user', entity_id: String(owner.id), before: { reminders: true }, after: { reminders: false } }]);
    // The same value again changes nothing and audits nothing.
    expect((await t.request('/auth/me', { method: 'PATCH', token: ownerToken, json: { reminders: false } })).body.reminders).toBe(false);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM audit_events WHERE verb = 'account.reminders'`)).rows[0].n).toBe(1);

    for (const body of [{}, { reminders: 'non' }, { reminders: null }, { reminders: true, role: 'admin' }]) {
      const bad = await t.request('/auth/me', { method: 'PATCH', token: ownerToken, json: body });
      expect(bad.status).toBe(400);
      expect(typeof bad.body.message).toBe('string');
    }
    expect((await t.request('/auth/me', { method: 'PATCH', json: { reminders: true } })).status).toBe(401);

    const sent = await remind(director);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ sent: cycle.owners.length - 1, optedOut: 1 });
    expect(sent.body.recipients.some((r: { id: number }) => r.id === owner.id)).toBe(false);
    await settled(t);
    expect(inbox.messages.some((m) => m.to.includes(owner.email))).toBe(false);
    expect(inbox.messages).toHaveLength(cycle.owners.length - 1);

    expect((await t.request('/auth/me', { method: 'PATCH', token: ownerToken, json: { reminders: true } })).body.reminders).toBe(true);
  });

  it('sends directors and admins the summary of the cycle when it closes, then refuses its reminders', async () => {
    const completeness = (await t.request(`/cycles/${cycle.id}/completeness`, { token: admin })).body;
    // An admin who turned cycle e-mails off gets no summary.
    await t.sql.query(`INSERT INTO users (email, name, role, reminders_enabled) VALUES ('admin2@sante.example.fr', 'Admin Silencieux', 'admin', false)`);
    const { version } = (await t.sql.query(`SELECT version FROM reporting_cycles WHERE id = $1`, [cycle.id])).rows[0];
    const closed = await t.request(`/cycles/${cycle.id}`, { method: 'PATCH', token: admin, json: { state: 'closed', version } });
    expect(closed.status).toBe(200);
    await settled(t);
    const summaries = inbox.messages.filter((m) => /est close/.test(m.subject));
    const readers = (await t.sql.query(`SELECT email FROM users WHERE active AND role IN ('director', 'admin') AND reminders_enabled ORDER BY email`)).rows.map((r) => r.email);
    expect(readers).toContain('direction@boussole.test');
    expect(summaries.flatMap((m) => m.to).sort()).toEqual(readers);

    const mail = summaries.find((m) => m.to.includes('direction@boussole.test'));
    const percent = new Intl.NumberFormat('fr-FR', { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }).format(completeness.percent);
    expect(mail?.subject).toBe(`Boussole\u00a0: la campagne ${cycle.label} est close, ${percent} des points d’avancement reçus`);
    expect(mail?.text).toContain(`Complétude\u00a0: ${percent}.`);
    expect(mail?.text).toContain(`${completeness.missing}\u00a0manquant`);
    for (const axis of completeness.byAxis) expect(mail?.text).toContain(`- Axe ${axis.number} — ${axis.title}\u00a0; Attendus\u00a0: ${axis.expected}\u00a0; Reçus\u00a0: ${axis.received}\u00a0; Manquants\u00a0: ${axis.missing}`);
    expect(mail?.html).toContain('<caption style="text-align:left;font-weight:700;padding:0 0 8px">Complétude par axe</caption>');
    expect(mail?.html).toContain('<th scope="col"');
    expect(mail?.html).toContain(`href="${PUBLIC_URL}/campagnes/${cycle.id}"`);
    expect(mail?.html).toContain('Direction générale de l’offre de soins (DGOS)');
    expect((await t.sql.query(`SELECT messages, opted_out FROM cycle_mailings WHERE kind = 'closing_summary'`)).rows).toEqual([{ messages: readers.length, opted_out: 1 }]);

    const refused = await remind(director);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(`La campagne ${cycle.label} n’est pas ouverte (close)\u00a0: ses relances ne partent que pendant qu’elle est ouverte.`);
  });
});
