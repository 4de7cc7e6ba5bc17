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
}

/** Where a transaction keeps the e-mails it wrote, to send them once it has committed. */
const PENDING = 'boussole:pendingMail';

/**
 * Every e-mail is first written to the outbox, in the caller's transaction: a rolled-back write
 * sends nothing, and without SMTP the admins can still read it. With `SMTP_URL`, it is sent through
 * nodemailer once the transaction has committed (never before: a link must not arrive for a user
 * who was not created), and marked sent, or failed with the reason.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy, EntitySubscriberInterface {
  private readonly logger = new Logger('Courriel');
  private transport: Transporter | null = null;
  private readonly inFlight = new Set<Promise<void>>();

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
  }

  /** Whether e-mails leave Boussole (SMTP configured) or stay in the outbox for the admins. */
  get sends(): boolean {
    return this.transport !== null;
  }

  /** Writes the e-mail to the outbox; sends it after `manager`'s transaction commits (at once without one). */
  async send(manager: EntityManager | undefined, message: MailMessage): Promise<number> {
    const em = manager ?? this.db.manager;
    const row = await em.getRepository(MailOutboxEntity).save(
      em.create(MailOutboxEntity, { recipient: message.to, subject: message.subject.slice(0, 300), body: message.text }),
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
      })),
    };
  }

  /** Sends in the background: the answer does not wait for the SMTP server, nor tells by its delay. */
  private deliverLater(ids: number[]): void {
    if (!this.transport) return;
    const delivery = this.deliver(ids).finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }

  private async deliver(ids: number[]): Promise<void> {
    const repository = this.db.getRepository(MailOutboxEntity);
    for (const id of ids) {
      const row = await repository.findOneBy({ id });
      if (!row || row.sentAt || !this.transport) continue;
      try {
        await this.transport.sendMail({ to: row.recipient, subject: row.subject, text: row.body });
        await repository.update({ id }, { sentAt: new Date(), error: null });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Envoi du courriel ${id} impossible : ${reason}`);
        await repository.update({ id }, { error: reason.slice(0, 1000) }).catch(() => undefined);
      }
    }
  }
}

function pendingOf(runner: QueryRunner): number[] {
  const data = runner.data as Record<string, number[] | undefined>;
  return (data[PENDING] ??= []);
}
