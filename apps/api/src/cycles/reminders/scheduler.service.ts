import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { MailService } from '../../mail/mail.service';
import { RemindersService, type ScheduledSend } from './reminders.service';

/** What one run of the scheduled work did. */
export interface DueWork {
  reminders: ScheduledSend[];
  /** E-mails of the outbox sent by this run (retries, and any the commit did not send). */
  delivered: number;
}

/**
 * The scheduled work, run by every replica on its own ticker (`SCHEDULER_INTERVAL_SECONDS`, one
 * minute by default): the reminders due today, then the outbox's due e-mails. No replica leads:
 * each piece of work is claimed in PostgreSQL (a unique row, `FOR UPDATE SKIP LOCKED`), so running
 * it on N replicas at once does it once. The timer never keeps the process alive.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Travaux planifiés');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly reminders: RemindersService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // The first run waits one interval: the start stays quick, and a restart loop cannot mail in a loop.
    if (this.config.schedulerIntervalMs <= 0) return;
    this.timer = setInterval(() => this.tick(), this.config.schedulerIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** The work due at `now`; the ticker passes the time, the tests the one they choose. */
  async runDue(now = new Date()): Promise<DueWork> {
    const reminders = await this.reminders.sendScheduled(now);
    const delivered = await this.mail.deliverDue(now);
    return { reminders, delivered };
  }

  private tick(): void {
    // A slow run (an SMTP server timing out) is not overtaken by the next tick.
    if (this.running) return;
    this.running = this.runDue()
      .then((work) => {
        for (const sent of work.reminders) {
          this.logger.log(`Campagne ${sent.cycleId}, ${sent.kind} : ${sent.skipped ?? `${sent.sent} relance(s) écrite(s)`}`);
        }
      })
      .catch((error: unknown) => this.logger.error(`Travaux planifiés interrompus : ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (this.running = null));
  }
}
