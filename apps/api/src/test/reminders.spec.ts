import { addDays, formatDateTimeFr } from '@boussole/domain';
import { dueReminders, parisClock } from '../cycles/reminders/reminder-schedule';
import { SchedulerService, type DueWork } from '../cycles/reminders/scheduler.service';
import { MailService } from '../mail/mail.service';
import { countByRecipient, morningOf, openCycle, PUBLIC_URL, resetMail, settled, type OpenCycle } from './support/reminder-fixtures';
import { startSmtpInbox, type SmtpInbox } from './support/smtp-inbox';
import { createTestApp, type TestApp } from './support/test-app';

const J7 = /se clôt dans 7\u00a0jours/;
const J1 = /se clôt demain/;
const IDENTITY = 'République française — Ministère chargé de la santé — Direction générale de l’offre de soins (DGOS)';

describe('the days reminders leave on (Europe/Paris)', () => {
  it('reads the Paris day and hour of an instant, in winter and in summer time', () => {
    expect(parisClock(new Date('2026-03-28T23:30:00Z'))).toEqual({ day: '2026-03-29', hour: 0 });
    expect(parisClock(new Date('2026-07-14T22:30:00Z'))).toEqual({ day: '2026-07-15', hour: 0 });
    expect(parisClock(new Date('2026-07-14T21:59:00Z'))).toEqual({ day: '2026-07-14', hour: 23 });
  });

  it('is seven days and one day before the closing day, never before the opening day', () => {
    const cycle = { opensOn: '2026-02-16', closesOn: '2026-03-11' };
    expect(dueReminders(cycle, '2026-03-04')).toEqual(['reminder_7d']);
    expect(dueReminders(cycle, '2026-03-10')).toEqual(['reminder_1d']);
    for (const day of ['2026-03-03', '2026-03-05', '2026-03-09', '2026-03-11']) expect(dueReminders(cycle, day)).toEqual([]);
    // Opened five days before closing: the J-1 only, and no late J-7.
    const late = { opensOn: '2026-03-06', closesOn: '2026-03-11' };
    expect(dueReminders(late, '2026-03-04')).toEqual([]);
    expect(dueReminders(late, '2026-03-06')).toEqual([]);
    expect(dueReminders(late, '2026-03-10')).toEqual(['reminder_1d']);
  });
});

/** The scheduled reminders (issue 10, point 4), run by two replicas on one database and a real SMTP server. */
describe('scheduled reminders of a cycle', () => {
  let inbox: SmtpInbox;
  let a: TestApp;
  let b: TestApp;
  let cycle: OpenCycle;
  const env = (url: string) => ({ SMTP_URL: url, PUBLIC_URL, MAIL_FROM: 'Boussole <boussole@sante.example.fr>' });
  const runDue = (t: TestApp, now: Date): Promise<DueWork> => t.app.get(SchedulerService).runDue(now);
  const day = (offset: number) => addDays(cycle.closesOn, -offset);

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    a = await createTestApp({ env: env(inbox.url) });
    b = await createTestApp({ shareWith: a, env: env(inbox.url) });
    cycle = await openCycle(a, await a.login('admin@boussole.test'));
    expect(cycle.owners.length).toBeGreaterThanOrEqual(2);
    expect(addDays(cycle.closesOn, -7) >= cycle.opensOn).toBe(true);
  });
  beforeEach(async () => resetMail(a, inbox));
  afterAll(async () => {
    await b.close();
    await a.close();
    await inbox.close();
  });

  it('sends the J-7 reminder on its Paris day from REMINDERS_HOUR, the J-1 the day before closing, each once', async () => {
    expect((await runDue(a, morningOf(day(8)))).reminders).toEqual([]);
    // J-7 at 06:00 or 07:00 in Paris: before 08:00, nothing yet.
    expect((await runDue(a, new Date(`${day(7)}T05:00:00Z`))).reminders).toEqual([]);
    const j7 = await runDue(a, morningOf(day(7)));
    expect(j7.reminders).toEqual([{ cycleId: cycle.id, kind: 'reminder_7d', sent: cycle.owners.length, skipped: null }]);
    expect((await runDue(a, new Date(morningOf(day(7)).getTime() + 3600_000))).reminders).toEqual([]);
    expect((await runDue(b, morningOf(day(7)))).reminders).toEqual([]);
    for (const offset of [6, 2]) expect((await runDue(a, morningOf(day(offset)))).reminders).toEqual([]);
    const j1 = await runDue(a, morningOf(day(1)));
    expect(j1.reminders).toEqual([{ cycleId: cycle.id, kind: 'reminder_1d', sent: cycle.owners.length, skipped: null }]);
    expect((await runDue(a, morningOf(cycle.closesOn))).reminders).toEqual([]);

    await settled(a);
    const expected = Object.fromEntries(cycle.owners.map((o) => [o.email, 1]));
    expect(countByRecipient(inbox, J7)).toEqual(expected);
    expect(countByRecipient(inbox, J1)).toEqual(expected);
    const audits = (await a.sql.query(`SELECT actor_id, after FROM audit_events WHERE verb = 'cycle.remind' AND entity_id = $1 ORDER BY id`, [String(cycle.id)])).rows;
    expect(audits.map((r) => [r.actor_id, r.after.kind, r.after.sent])).toEqual([
      [null, 'reminder_7d', cycle.owners.length],
      [null, 'reminder_1d', cycle.owners.length],
    ]);
  });

  it('writes each owner one message listing their missing actions, in text and HTML, with absolute links', async () => {
    await runDue(a, morningOf(day(7)));
    await settled(a);
    for (const owner of cycle.owners) {
      const mine = inbox.messages.filter((m) => m.to.includes(owner.email));
      expect(mine).toHaveLength(1);
      const [mail] = mine;
      expect(mail.from).toBe('boussole@sante.example.fr');
      expect(mail.subject).toContain(`la campagne ${cycle.label} se clôt dans 7\u00a0jours`);
      expect(mail.text).toContain(IDENTITY);
      expect(mail.text).toContain(`Bonjour ${owner.name},`);
      expect(mail.text).toContain(`«\u00a0${cycle.label}\u00a0»`);
      expect(mail.html).toContain('<html lang="fr">');
      expect(mail.html).toContain(IDENTITY);
      for (const [i, code] of owner.codes.entries()) {
        expect(mail.text).toContain(`- ${code} — `);
        expect(mail.text).toContain(`${PUBLIC_URL}/actions/${owner.actionIds[i]}`);
        expect(mail.html).toContain(`<a href="${PUBLIC_URL}/actions/${owner.actionIds[i]}"`);
      }
      // Only their own actions: as many links to an action as they owe updates.
      expect(mail.text.match(/\/actions\/\d+/g)).toHaveLength(owner.codes.length);
      expect(mail.html).toContain(`href="${PUBLIC_URL}/mon-compte"`);
      expect(mail.html).not.toMatch(/href="(?!https:\/\/boussole\.example\.fr\/)/);
      expect(mail.html).not.toMatch(/<img|<script/);
    }
    // The closing day in French words, e.g. "mercredi 11 mars 2026".
    const closing = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${cycle.closesOn}T00:00:00Z`));
    expect(inbox.messages[0].text).toContain(`se clôt le ${closing}, dans 7\u00a0jours`);
  });

  it('sends each reminder exactly once when two replicas run the due work at the same moment', async () => {
    const { last } = (await a.sql.query(`SELECT coalesce(max(id), 0) AS last FROM mail_outbox`)).rows[0];
    for (const [offset, subject] of [[7, J7], [1, J1]] as const) {
      const [first, second] = await Promise.all([runDue(a, morningOf(day(offset))), runDue(b, morningOf(day(offset)))]);
      const sent = [...first.reminders, ...second.reminders];
      expect(sent).toHaveLength(1);
      expect(sent[0].sent).toBe(cycle.owners.length);
      // The replicas' outbox deliveries race the sends that followed the commit: still one each.
      await Promise.all([a.app.get(MailService).deliverDue(), b.app.get(MailService).deliverDue()]);
      await settled(a);
      expect(countByRecipient(inbox, subject)).toEqual(Object.fromEntries(cycle.owners.map((o) => [o.email, 1])));
    }
    const claims = (await a.sql.query(`SELECT kind, count(*)::int AS n FROM cycle_mailings WHERE cycle_id = $1 GROUP BY kind ORDER BY kind`, [cycle.id])).rows;
    expect(claims).toEqual([{ kind: 'reminder_1d', n: 1 }, { kind: 'reminder_7d', n: 1 }]);
    const rows = (await a.sql.query(`SELECT count(*)::int AS n, bool_and(sent_at IS NOT NULL AND attempts = 1) AS once FROM mail_outbox WHERE id > $1`, [last])).rows[0];
    expect(rows).toEqual({ n: cycle.owners.length * 2, once: true });
  });

  it('gives a cycle opened less than seven days before its closing the J-1 reminder only', async () => {
    await a.sql.query(`UPDATE reporting_cycles SET opens_on = closes_on - 5 WHERE id = $1`, [cycle.id]);
    try {
      expect((await runDue(a, morningOf(day(7)))).reminders).toEqual([]);
      expect((await runDue(a, morningOf(day(5)))).reminders).toEqual([]);
      expect((await runDue(a, morningOf(day(1)))).reminders.map((r) => r.kind)).toEqual(['reminder_1d']);
    } finally {
      await a.sql.query(`UPDATE reporting_cycles SET opens_on = $2 WHERE id = $1`, [cycle.id, cycle.opensOn]);
    }
  });

  it('skips an owner who turned reminders off, and a scheduled reminder a manual one preceded by less than 24 hours', async () => {
    const [optedOut, ...others] = cycle.owners;
    await a.sql.query(`UPDATE users SET reminders_enabled = false WHERE id = $1`, [optedOut.id]);
    try {
      const j7 = await runDue(a, morningOf(day(7)));
      expect(j7.reminders[0].sent).toBe(others.length);
      await settled(a);
      expect(Object.keys(countByRecipient(inbox, J7)).sort()).toEqual(others.map((o) => o.email).sort());
      expect((await a.sql.query(`SELECT messages, opted_out FROM cycle_mailings WHERE kind = 'reminder_7d'`)).rows).toEqual([{ messages: others.length, opted_out: 1 }]);
    } finally {
      await a.sql.query(`UPDATE users SET reminders_enabled = true WHERE id = $1`, [optedOut.id]);
    }

    // A director's manual reminder went two hours before the J-1 one was due: the owners were just reminded.
    const director = (await a.sql.query(`SELECT id FROM users WHERE email = 'direction@boussole.test'`)).rows[0].id;
    const manualAt = new Date(morningOf(day(1)).getTime() - 2 * 3600_000);
    await a.sql.query(`INSERT INTO cycle_mailings (cycle_id, kind, sent_by, sent_at, messages) VALUES ($1, 'reminder_manual', $2, $3, 3)`, [cycle.id, director, manualAt]);
    const j1 = await runDue(a, morningOf(day(1)));
    expect(j1.reminders).toEqual([
      { cycleId: cycle.id, kind: 'reminder_1d', sent: 0, skipped: `Relance manuelle envoyée le ${formatDateTimeFr(manualAt.toISOString())}, moins de 24\u00a0heures avant.` },
    ]);
    await settled(a);
    expect(countByRecipient(inbox, J1)).toEqual({});

    // A day and more before, it does not hold the J-1 back.
    await a.sql.query(`DELETE FROM cycle_mailings WHERE kind = 'reminder_1d'`);
    await a.sql.query(`UPDATE cycle_mailings SET sent_at = $1 WHERE kind = 'reminder_manual'`, [new Date(morningOf(day(1)).getTime() - 25 * 3600_000)]);
    expect((await runDue(a, morningOf(day(1)))).reminders[0]).toMatchObject({ kind: 'reminder_1d', sent: cycle.owners.length, skipped: null });
  });

  it('sends nothing for the open cycle of an archived plan', async () => {
    await a.sql.query(`UPDATE plans SET state = 'archived' WHERE id = $1`, [cycle.planId]);
    try {
      expect((await runDue(a, morningOf(day(7)))).reminders).toEqual([]);
    } finally {
      await a.sql.query(`UPDATE plans SET state = 'active' WHERE id = $1`, [cycle.planId]);
    }
    expect((await a.sql.query(`SELECT count(*)::int AS n FROM cycle_mailings`)).rows[0].n).toBe(0);
  });

  it('keeps one scheduled mailing per cycle and kind in the database itself', async () => {
    const director = (await a.sql.query(`SELECT id FROM users WHERE email = 'direction@boussole.test'`)).rows[0].id;
    await a.sql.query(`INSERT INTO cycle_mailings (cycle_id, kind) VALUES ($1, 'reminder_7d')`, [cycle.id]);
    await expect(a.sql.query(`INSERT INTO cycle_mailings (cycle_id, kind) VALUES ($1, 'reminder_7d')`, [cycle.id])).rejects.toThrow(/cycle_mailings_once_idx/);
    // Manual sends repeat (the 10-minute rule is the service's), each with its sender.
    for (let i = 0; i < 2; i++) await a.sql.query(`INSERT INTO cycle_mailings (cycle_id, kind, sent_by) VALUES ($1, 'reminder_manual', $2)`, [cycle.id, director]);
    await expect(a.sql.query(`INSERT INTO cycle_mailings (cycle_id, kind) VALUES ($1, 'reminder_manual')`, [cycle.id])).rejects.toThrow(/check/);
    await expect(a.sql.query(`INSERT INTO cycle_mailings (cycle_id, kind) VALUES ($1, 'reminder_3d')`, [cycle.id])).rejects.toThrow(/check/);
  });
});
