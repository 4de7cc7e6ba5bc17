import { loadConfig } from '../config/app-config';
import { SchedulerService } from '../cycles/reminders/scheduler.service';
import { MailService, retryDelayMs } from '../mail/mail.service';
import { resetMail } from './support/reminder-fixtures';
import { startSmtpInbox, type SmtpInbox } from './support/smtp-inbox';
import { createTestApp, type TestApp } from './support/test-app';

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 250 && !done(value); i++) {
    await new Promise((r) => setTimeout(r, 20));
    value = await read();
  }
  return value;
}

/** The outbox's delivery through SMTP: claimed row by row, so N replicas send each e-mail once; failures tried again. */
describe('delivery of the outbox by two replicas', () => {
  let inbox: SmtpInbox;
  let a: TestApp;
  let b: TestApp;
  const mailOf = (t: TestApp) => t.app.get(MailService);
  const row = async (recipient: string) =>
    (await a.sql.query(`SELECT sent_at, error, attempts, next_attempt_at, created_at FROM mail_outbox WHERE recipient = $1`, [recipient])).rows[0];

  const listed = async (recipient: string) => (await mailOf(a).outbox({ page: 1, pageSize: 100 })).items.find((m) => m.recipient === recipient);

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    a = await createTestApp({ env: { SMTP_URL: inbox.url } });
    b = await createTestApp({ shareWith: a, env: { SMTP_URL: inbox.url } });
  });
  beforeEach(async () => resetMail(a, inbox));
  afterAll(async () => {
    await b.close();
    await a.close();
    await inbox.close();
  });

  it('sends each waiting e-mail exactly once when both replicas deliver at the same moment', async () => {
    // Written by a replica that stopped before sending them (no commit hook ran).
    await a.sql.query(
      `INSERT INTO mail_outbox (recipient, subject, body, html)
       SELECT 'agent' || n || '@sante.example.fr', 'Message ' || n, 'Texte ' || n, '<p>Texte ' || n || '</p>' FROM generate_series(1, 24) n`,
    );
    const [first, second] = await Promise.all([mailOf(a).deliverDue(), mailOf(b).deliverDue()]);
    // Shared out between the two, never sent by both.
    expect(first + second).toBe(24);
    expect(inbox.messages).toHaveLength(24);
    expect(new Set(inbox.messages.map((m) => m.to[0])).size).toBe(24);
    expect(inbox.messages.find((m) => m.to[0] === 'agent7@sante.example.fr')).toMatchObject({ subject: 'Message 7', text: 'Texte 7', html: '<p>Texte 7</p>' });
    const { rows } = await a.sql.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient LIKE 'agent%' AND (sent_at IS NULL OR attempts <> 1)`);
    expect(rows[0].n).toBe(0);
    expect(await mailOf(a).deliverDue()).toBe(0);
  });

  it('tries a failed e-mail again once its backoff is over, and sends it once', async () => {
    inbox.refuseNext(1);
    const id = await mailOf(a).send(undefined, { to: 'retry@sante.example.fr', subject: 'Deuxième essai', text: 'Bonjour', html: '<p>Bonjour</p>' });
    const failed = await eventually(() => row('retry@sante.example.fr'), (r) => r.attempts === 1);
    expect(failed.sent_at).toBeNull();
    expect(failed.error).toMatch(/451/);
    expect(inbox.refused()).toBe(1);
    // The first retry waits a minute.
    expect(retryDelayMs(1)).toBe(60_000);
    const due = new Date(failed.next_attempt_at).getTime();
    expect(due - Date.now()).toBeGreaterThan(30_000);
    expect(due - Date.now()).toBeLessThanOrEqual(60_000);
    expect(await mailOf(a).deliverDue()).toBe(0);
    // The admins' outbox says it failed and when it is tried again.
    expect(await listed('retry@sante.example.fr')).toMatchObject({ sentAt: null, attempts: 1, retryAt: new Date(due).toISOString() });

    // A minute later, both replicas' tickers run: one sends it.
    const later = new Date(due + 1000);
    const [first, second] = await Promise.all([a.app.get(SchedulerService).runDue(later), b.app.get(SchedulerService).runDue(later)]);
    expect(first.delivered + second.delivered).toBe(1);
    expect(inbox.messages.filter((m) => m.to.includes('retry@sante.example.fr'))).toHaveLength(1);
    expect(await row('retry@sante.example.fr')).toMatchObject({ error: null, attempts: 2 });
    expect(await listed('retry@sante.example.fr')).toMatchObject({ error: null, attempts: 2, retryAt: null });
    expect((await row('retry@sante.example.fr')).sent_at).not.toBeNull();
    expect((await a.sql.query(`SELECT id FROM mail_outbox WHERE recipient = 'retry@sante.example.fr'`)).rows[0].id).toBe(id);
  });

  it('waits longer after each failure, gives up on a permanent refusal, and on e-mails older than a day', async () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60, 60]);

    inbox.refuseNext(1, 550);
    await mailOf(a).send(undefined, { to: 'inconnu@sante.example.fr', subject: 'Adresse inconnue', text: 'x', html: '<p>x</p>' });
    const refused = await eventually(() => row('inconnu@sante.example.fr'), (r) => r.attempts === 1);
    expect(refused.error).toMatch(/550/);
    expect((await a.sql.query(`SELECT next_attempt_at = 'infinity' AS never FROM mail_outbox WHERE recipient = 'inconnu@sante.example.fr'`)).rows[0].never).toBe(true);
    expect(await mailOf(a).deliverDue(new Date(Date.now() + 3600_000))).toBe(0);
    // Given up: no retry is announced.
    expect(await listed('inconnu@sante.example.fr')).toMatchObject({ attempts: 1, retryAt: null });

    // SMTP was down for more than a day: the e-mail stays in the outbox for the admins, unsent.
    await a.sql.query(
      `INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at) VALUES ('ancien@sante.example.fr', 'Ancien', 'x', now() - interval '25 hours', now() - interval '1 hour')`,
    );
    expect(await mailOf(a).deliverDue()).toBe(0);
    expect((await row('ancien@sante.example.fr')).sent_at).toBeNull();
    await a.sql.query(`UPDATE mail_outbox SET attempts = 3, error = 'SMTP injoignable' WHERE recipient = 'ancien@sante.example.fr'`);
    expect(await listed('ancien@sante.example.fr')).toMatchObject({ attempts: 3, retryAt: null });
    expect(inbox.messages).toHaveLength(0);
  });
});

describe('the scheduled work of a replica', () => {
  it('runs by itself every SCHEDULER_INTERVAL_SECONDS, and stops with the app', async () => {
    const inbox = await startSmtpInbox();
    const t = await createTestApp({ env: { SMTP_URL: inbox.url, SCHEDULER_INTERVAL_SECONDS: '1' } });
    try {
      await t.sql.query(`INSERT INTO mail_outbox (recipient, subject, body) VALUES ('ticker@sante.example.fr', 'Par le ticker', 'Envoyé sans commit')`);
      expect((await inbox.next('ticker@sante.example.fr')).text).toBe('Envoyé sans commit');
    } finally {
      await t.close();
      await inbox.close();
    }
  });

  it('is configured by SCHEDULER_INTERVAL_SECONDS (0: off) and REMINDERS_HOUR (Europe/Paris)', () => {
    expect(loadConfig({})).toMatchObject({ schedulerIntervalMs: 60_000, remindersHour: 8 });
    expect(loadConfig({ SCHEDULER_INTERVAL_SECONDS: '0', REMINDERS_HOUR: '0' })).toMatchObject({ schedulerIntervalMs: 0, remindersHour: 0 });
    expect(() => loadConfig({ SCHEDULER_INTERVAL_SECONDS: '-1' })).toThrow(/SCHEDULER_INTERVAL_SECONDS doit être un nombre entier de secondes/);
    expect(() => loadConfig({ SCHEDULER_INTERVAL_SECONDS: '1.5' })).toThrow(/SCHEDULER_INTERVAL_SECONDS/);
    expect(() => loadConfig({ REMINDERS_HOUR: '24' })).toThrow(/REMINDERS_HOUR doit être une heure entière entre 0 et 23/);
  });
});
