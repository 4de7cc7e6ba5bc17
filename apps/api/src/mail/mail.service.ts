import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailOutboxPayload } from '@boussole/domain';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent } from 'typeorm';
import { pageWindow, type PageQuery } from '../common/page.query';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailOutboxEntity } from './mail-outbox.entity';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Where a transaction keeps the e-mails it wrote, to send them once it has committed. */
const PENDING = 'boussole:pendingMail';

/** A failed e-mail is tried again for a day after it was written; older ones stay in the outbox. */
export const MAIL_RETRY_WINDOW_HOURS = 24;

/** The wait before the next attempt after `attempts` failures: 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 60) * 60_000;
}

/** When a failed e-mail is tried again, as the delivery will do it: null when sent, never tried, or given up. */
function retryAt(row: MailOutboxEntity, now = Date.now()): string | null {
  if (row.sentAt || row.attempts === 0) return null;
  // A permanent refusal waits until 'infinity', which arrives as an invalid date; an attempt
  // overdue (no replica ran since) happens at the next run, so now.
  const due = row.nextAttemptAt instanceof Date ? row.nextAttemptAt.getTime() : Number(row.nextAttemptAt);
  const at = Math.max(due, now);
  if (!Number.isFinite(at) || at > row.createdAt.getTime() + MAIL_RETRY_WINDOW_HOURS * 3_600_000) return null;
  return new Date(at).toISOString();
}

interface OutboxRow {
  id: number;
  recipient: string;
  subject: string;
  body: string;
  html: string | null;
  attempts: number;
}

/**
 * Every e-mail is first written to the outbox, in the caller's transaction: a rolled-back write
 * sends nothing, and without SMTP the admins can still read it. With `SMTP_URL`, it is sent through
 * nodemailer once the transaction has committed (never before: a link must not arrive for a user
 * who was not created), and what failed is tried again by `deliverDue`, which every replica's
 * ticker calls. Each attempt claims its row (`FOR UPDATE SKIP LOCKED`) for as long as it talks to
 * the SMTP server and marks it in the same transaction: two replicas never send one row twice.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy, EntitySubscriberInterface {
  private readonly logger = new Logger('Courriel');
  private transport: Transporter | null = null;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // Registered on this DataSource only: told of each commit, it sends what the transaction wrote.
    this.db.subscribers.push(this);
    if (this.config.smtpUrl) {
      this.transport = createTransport(
        { url: this.config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
        { from: this.config.mailFrom },
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    const index = this.db.subscribers.indexOf(this);
    if (index >= 0) this.db.subscribers.splice(index, 1);
    await Promise.allSettled([...this.inFlight]);
    this.transport?.close();
    this.transport = null;
  }

  /** Whether e-mails leave Boussole (SMTP configured) or stay in the outbox for the admins. */
  get sends(): boolean {
    return this.transport !== null;
  }

  /** Writes the e-mail to the outbox; sends it after `manager`'s transaction commits (at once without one). */
  async send(manager: EntityManager | undefined, message: MailMessage): Promise<number> {
    const em = manager ?? this.db.manager;
    const row = await em.getRepository(MailOutboxEntity).save(
      em.create(MailOutboxEntity, { recipient: message.to, subject: message.subject.slice(0, 300), body: message.text, html: message.html }),
    );
    const runner = em.queryRunner;
    if (runner?.isTransactionActive) pendingOf(runner).push(row.id);
    else this.deliverLater([row.id]);
    return row.id;
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A savepoint released inside a transaction is not the commit yet.
    if (event.queryRunner.isTransactionActive) return;
    const ids = pendingOf(event.queryRunner).splice(0);
    if (ids.length) this.deliverLater(ids);
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }): void {
    if (!event.queryRunner.isTransactionActive) pendingOf(event.queryRunner).splice(0);
  }

  /**
   * Sends what is due at `now`: new e-mails no commit sent (another replica's crash, SMTP down) and
   * failed ones whose backoff is over, oldest first, at most `limit`. Stops at the first failure:
   * the server is likely down, and the next run tries again. Returns how many were sent.
   */
  async deliverDue(now = new Date(), limit = 100): Promise<number> {
    if (!this.transport) return 0;
    const run = this.deliverDueNow(now, limit);
    this.inFlight.add(run);
    try {
      return await run;
    } finally {
      this.inFlight.delete(run);
    }
  }

  private async deliverDueNow(now: Date, limit: number): Promise<number> {
    let sent = 0;
    for (let i = 0; i < limit; i++) {
      const outcome = await this.attempt(
        `next_attempt_at <= $1 AND created_at > $1::timestamptz - $2 * interval '1 hour'`,
        [now, MAIL_RETRY_WINDOW_HOURS],
        now,
      );
      if (outcome !== 'sent') break;
      sent++;
    }
    return sent;
  }

  /** The outbox, newest first (admins: a link can be recovered without SMTP). */
  async outbox(query: PageQuery): Promise<{ items: MailOutboxPayload[]; total: number }> {
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.db
      .getRepository(MailOutboxEntity)
      .findAndCount({ order: { id: 'DESC' }, skip: offset, take: limit });
    return {
      total,
      items: rows.map((row) => ({
        id: row.id,
        recipient: row.recipient,
        subject: row.subject,
        body: row.body,
        createdAt: row.createdAt.toISOString(),
        sentAt: row.sentAt?.toISOString() ?? null,
        error: row.error,
        attempts: row.attempts,
        retryAt: retryAt(row),
      })),
    };
  }

  /** Sends in the background: the answer does not wait for the SMTP server, nor tells by its delay. */
  private deliverLater(ids: number[]): void {
    if (!this.transport) return;
    const delivery = (async () => {
      for (const id of ids) await this.attempt('id = $1', [id], new Date());
    })()
      .catch((error: unknown) => this.logger.error(`Envoi des courriels ${ids.join(', ')} interrompu : ${String(error)}`))
      .finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }

  /**
   * One unsent row matching `where`, claimed until this attempt is recorded: a row another
   * replica is sending is skipped, not waited for, and found sent once it has committed.
   */
  private async attempt(where: string, params: unknown[], now: Date): Promise<'sent' | 'failed' | 'none'> {
    const transport = this.transport;
    if (!transport) return 'none';
    const runner = this.db.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      const [row]: OutboxRow[] = await runner.query(
        `SELECT id, recipient, subject, body, html, attempts FROM mail_outbox
          WHERE sent_at IS NULL AND ${where}
          ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        params,
      );
      if (!row) {
        await runner.commitTransaction();
        return 'none';
      }
      let outcome: 'sent' | 'failed' = 'sent';
      try {
        await transport.sendMail({ to: row.recipient, subject: row.subject, text: row.body, ...(row.html ? { html: row.html } : {}) });
        await runner.query(`UPDATE mail_outbox SET sent_at = now(), error = NULL, attempts = attempts + 1 WHERE id = $1`, [row.id]);
      } catch (error) {
        outcome = 'failed';
        const reason = error instanceof Error ? error.message : String(error);
        // A permanent refusal (5xx: unknown mailbox…) is not tried again; the rest waits its backoff.
        const code = (error as { responseCode?: unknown }).responseCode;
        const permanent = typeof code === 'number' && code >= 500;
        const next = permanent ? 'infinity' : new Date(now.getTime() + retryDelayMs(row.attempts + 1)).toISOString();
        this.logger.warn(`Envoi du courriel ${row.id} impossible (essai ${row.attempts + 1}${permanent ? ', définitif' : ''}) : ${reason}`);
        await runner.query(`UPDATE mail_outbox SET error = $2, attempts = attempts + 1, next_attempt_at = $3 WHERE id = $1`, [
          row.id,
          reason.slice(0, 1000),
          next,
        ]);
      }
      await runner.commitTransaction();
      return outcome;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

function pendingOf(runner: QueryRunner): number[] {
  const data = runner.data as Record<string, number[] | undefined>;
  return (data[PENDING] ??= []);
}
