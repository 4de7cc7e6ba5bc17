import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { startSmtpInbox, SmtpInbox } from './support/smtp-inbox';
import { createTestApp, TestApp } from './support/test-app';

const LINK = /https?:\/\/[^\s/]+\/invitation\/[A-Za-z0-9_-]{43}/;

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 250 && !done(value); i++) {
    await new Promise((r) => setTimeout(r, 20));
    value = await read();
  }
  return value;
}

describe('e-mail through a real SMTP server (SMTP_URL)', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await createTestApp({ env: { SMTP_URL: inbox.url, PUBLIC_URL: 'https://boussole.example.fr/', MAIL_FROM: 'Boussole <boussole@sante.example.fr>' } });
    admin = await t.login('admin@boussole.test');
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  it('e-mails the invitation of a new account, with its link and expiry, and marks it sent', async () => {
    const created = await t.request('/users', {
      method: 'POST',
      token: admin,
      json: { email: 'jeanne.martin@sante.example.fr', name: 'Jeanne Martin', role: 'project_manager', unitCode: 'RH' },
    });
    expect(created.status).toBe(201);
    expect(created.body.invitation.emailed).toBe(true);
    expect(created.body.invitation.link).toMatch(/^https:\/\/boussole\.example\.fr\/invitation\/[A-Za-z0-9_-]{43}$/);

    const mail = await inbox.next('jeanne.martin@sante.example.fr');
    expect(mail.from).toBe('boussole@sante.example.fr');
    expect(mail.subject).toBe('Votre compte Boussole : choisissez votre mot de passe');
    expect(mail.text).toContain(created.body.invitation.link);
    expect(mail.text).toContain('Bonjour Jeanne Martin,');
    expect(mail.text).toMatch(/expire le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);
    // The HTML part: the same content under the State's identity, the link absolute.
    expect(mail.text).toContain('République française — Ministère chargé de la santé — Direction générale de l’offre de soins (DGOS)');
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('Direction générale de l’offre de soins (DGOS)');
    expect(mail.html).toContain(`<a href="${created.body.invitation.link}"`);
    expect(mail.html).toContain('Bonjour Jeanne Martin,');

    const row = await eventually(
      async () => (await t.sql.query(`SELECT sent_at, error FROM mail_outbox WHERE recipient = $1`, ['jeanne.martin@sante.example.fr'])).rows[0],
      (r) => r?.sent_at !== null,
    );
    expect(row.sent_at).not.toBeNull();
    expect(row.error).toBeNull();
  });

  it('e-mails a reset link on "mot de passe oublié", which then sets the password', async () => {
    const asked = await t.request('/auth/password-reset', { method: 'POST', json: { email: 'RH@boussole.test' } });
    expect(asked.status).toBe(202);
    const mail = await inbox.next('rh@boussole.test');
    expect(mail.subject).toBe('Boussole : choisissez un nouveau mot de passe');
    const link = LINK.exec(mail.text)?.[0] ?? '';
    expect(link).toMatch(/^https:\/\/boussole\.example\.fr\/invitation\//);
    const token = link.split('/').pop();
    const chosen = await t.request(`/auth/invitations/${token}`, { method: 'POST', json: { password: 'Hibou-Cornichon-Velo-42' } });
    expect(chosen.status).toBe(200);
    expect(chosen.body.user.email).toBe('rh@boussole.test');
    expect((await t.request('/auth/login', { method: 'POST', json: { email: 'rh@boussole.test', password: 'Hibou-Cornichon-Velo-42' } })).status).toBe(200);
  });

  it('sends only once the transaction that wrote the e-mail has committed, and nothing if it rolls back', async () => {
    const mail = t.app.get(MailService);
    const db = t.app.get(DataSource);
    await expect(
      db.transaction(async (manager) => {
        await mail.send(manager, { to: 'annulé@sante.example.fr', subject: 'Jamais', text: 'Ce message ne part pas.', html: '<p>Ce message ne part pas.</p>' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await db.transaction(async (manager) => {
      await mail.send(manager, { to: 'validé@sante.example.fr', subject: 'Parti', text: 'Après le commit.', html: '<p>Après le commit.</p>' });
      // Still inside the transaction: nothing has left yet.
      await new Promise((r) => setTimeout(r, 100));
      expect(inbox.messages.some((m) => m.to.includes('validé@sante.example.fr'))).toBe(false);
    });
    expect((await inbox.next('validé@sante.example.fr')).text).toContain('Après le commit.');
    expect(inbox.messages.some((m) => m.to.includes('annulé@sante.example.fr'))).toBe(false);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = 'annulé@sante.example.fr'`)).rows[0].n).toBe(0);
  });
});

describe('e-mail when the SMTP server cannot be reached', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ env: { SMTP_URL: 'smtp://127.0.0.1:1' } })));
  afterAll(async () => t.close());

  it('keeps the e-mail in the outbox with the reason', async () => {
    const admin = await t.login('admin@boussole.test');
    const created = await t.request('/users', { method: 'POST', token: admin, json: { email: 'paul.roche@sante.example.fr', name: 'Paul Roche', role: 'viewer' } });
    expect(created.status).toBe(201);
    const row = await eventually(
      async () => (await t.sql.query(`SELECT sent_at, error FROM mail_outbox WHERE recipient = 'paul.roche@sante.example.fr'`)).rows[0],
      (r) => r?.error !== null,
    );
    expect(row.sent_at).toBeNull();
    expect(row.error).toMatch(/ECONNREFUSED|connect/i);
  });
});

describe('the outbox without SMTP', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
  });
  afterAll(async () => t.close());

  it('keeps the invitation for the admins to read, unsent', async () => {
    const created = await t.request('/users', { method: 'POST', token: admin, json: { email: 'lea.petit@sante.example.fr', name: 'Léa Petit', role: 'director' } });
    expect(created.status).toBe(201);
    expect(created.body.invitation.emailed).toBe(false);
    // No PUBLIC_URL: the link is built on the request's own origin.
    expect(created.body.invitation.link).toMatch(new RegExp(`^${t.base.replace(/\/api$/, '')}/invitation/[A-Za-z0-9_-]{43}$`));

    const outbox = await t.request('/mail/outbox?pageSize=1', { token: admin });
    expect(outbox.status).toBe(200);
    expect(Number(outbox.headers.get('x-total-count'))).toBeGreaterThanOrEqual(1);
    expect(outbox.body).toHaveLength(1);
    expect(outbox.body[0]).toMatchObject({ recipient: 'lea.petit@sante.example.fr', sentAt: null, error: null });
    expect(outbox.body[0].subject).toBe('Votre compte Boussole : choisissez votre mot de passe');
    expect(outbox.body[0].body).toContain(created.body.invitation.link);
  });

  it('is for the admins only', async () => {
    expect((await t.request('/mail/outbox', { token: await t.login('direction@boussole.test') })).status).toBe(403);
    expect((await t.request('/mail/outbox')).status).toBe(401);
    expect((await t.request('/mail/outbox?page=0', { token: admin })).status).toBe(400);
  });
});

describe('mail configuration', () => {
  it('validates SMTP_URL and MAIL_FROM, and asks for PUBLIC_URL in production', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://smtp.example.fr' })).toThrow(/SMTP_URL doit être une URL smtp:\/\//);
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'pas une adresse' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ BOUSSOLE_MODE: 'production', SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'boussole.fr' })).toThrow(/PUBLIC_URL doit être l’adresse http\(s\)/);
    const config = loadConfig({ BOUSSOLE_MODE: 'production', SMTP_URL: 'smtps://u:p@smtp.example.fr:465', PUBLIC_URL: 'https://boussole.example.fr/' });
    expect(config).toMatchObject({ smtpUrl: 'smtps://u:p@smtp.example.fr:465', publicUrl: 'https://boussole.example.fr', mailFrom: 'Boussole <no-reply@boussole.local>' });
    expect(loadConfig({})).toMatchObject({ smtpUrl: null, publicUrl: null });
  });
});
