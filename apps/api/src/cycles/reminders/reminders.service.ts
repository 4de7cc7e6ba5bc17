import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, CYCLE_STATE_LABELS, DEFAULT_LANGUAGE, formatDateTimeFr, type CycleState, type IsoDate, type Language, type RemindersSent } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { RequestUser } from '../../auth/request-user';
import { AppError, notFound } from '../../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { EventsService } from '../../events/events.service';
import { MailService } from '../../mail/mail.service';
import { assertPlanWritable } from '../../plans/plan-writable';
import { CycleCompletenessService } from '../cycle-completeness.service';
import { missingUpdates, type MissingUpdate } from '../expected-updates';
import { dueReminders, parisClock, SCHEDULED_REMINDERS, type ScheduledReminder } from './reminder-schedule';
import { closingSummaryMail, reminderMail, type ReminderKind } from './reminder-texts';

/** A second manual send is refused this long after any reminder of the cycle left (a double click). */
export const MANUAL_WINDOW_MINUTES = 10;
/** A scheduled reminder is not sent when a manual one left this little before: owners were just reminded. */
export const SCHEDULED_QUIET_HOURS = 24;

const REMINDER_KINDS: readonly ReminderKind[] = ['reminder_7d', 'reminder_1d', 'reminder_manual'];

interface CycleRow {
  id: number;
  plan_id: number;
  label: string;
  opens_on: IsoDate;
  closes_on: IsoDate;
  state: CycleState;
  plan_title: string;
  plan_state: 'draft' | 'active' | 'archived';
}

interface OwnerRow {
  id: number;
  name: string;
  email: string;
  active: boolean;
  reminders_enabled: boolean;
  /** What their e-mails are written in; null is French, the default. */
  language: Language | null;
}

/** What the scheduled work did for one cycle. */
export interface ScheduledSend {
  cycleId: number;
  kind: ScheduledReminder;
  sent: number;
  skipped: string | null;
}

/**
 * The e-mails of a reporting cycle: each owner's reminder of the updates they still owe (seven days
 * and one day before the closing, or at once on a director's request), and the summary of its
 * completeness to directors and admins when it closes. Each mailing is recorded in
 * `cycle_mailings` in the transaction that writes its e-mails to the outbox: the scheduled ones
 * and the summary are unique per cycle there, so with N replicas each leaves once.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Relances');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly completeness: CycleCompletenessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `POST /api/cycles/:id/reminders`: the reminders of an open cycle, now. */
  async sendNow(user: RequestUser, cycleId: number, origin: string): Promise<RemindersSent> {
    return this.db.transaction(async (manager) => {
      // The cycle's row queues two clicks (or two replicas): the second sees the first's mailing.
      const cycle = await lockCycle(manager, cycleId);
      if (!cycle) throw notFound('Campagne de suivi');
      assertPlanWritable(cycle.plan_state);
      if (cycle.state !== 'open') {
        throw new AppError(
          'conflict',
          `La campagne ${cycle.label} n’est pas ouverte (${CYCLE_STATE_LABELS[cycle.state].toLowerCase()})\u00a0: ses relances ne partent que pendant qu’elle est ouverte.`,
        );
      }
      const [last]: { sent_at: Date; next_at: Date }[] = await manager.query(
        `SELECT sent_at, sent_at + $3 * interval '1 minute' AS next_at FROM cycle_mailings
          WHERE cycle_id = $1 AND kind = ANY($2) AND messages > 0 AND sent_at > now() - $3 * interval '1 minute'
          ORDER BY sent_at DESC LIMIT 1`,
        [cycleId, REMINDER_KINDS, MANUAL_WINDOW_MINUTES],
      );
      if (last) {
        throw new AppError(
          'conflict',
          `Les relances de la campagne ${cycle.label} sont parties le ${formatDateTimeFr(last.sent_at.toISOString())}\u00a0: un nouvel envoi est possible ${MANUAL_WINDOW_MINUTES}\u00a0minutes après, à partir du ${formatDateTimeFr(last.next_at.toISOString())}.`,
          { current: { lastSentAt: last.sent_at.toISOString(), nextAllowedAt: last.next_at.toISOString() } },
        );
      }
      const sent = await this.remind(manager, cycle, 'reminder_manual', { base: this.config.publicUrl ?? origin, today: parisClock(new Date()).day, sender: user.name });
      await manager.query(`INSERT INTO cycle_mailings (cycle_id, kind, sent_by, messages, opted_out) VALUES ($1, 'reminder_manual', $2, $3, $4)`, [
        cycleId,
        user.id,
        sent.sent,
        sent.optedOut,
      ]);
      await this.record(manager, cycle, user.id, 'reminder_manual', sent);
      return sent;
    });
  }

  /**
   * The 7-day and 1-day reminders due at `now` (Europe/Paris days, from `REMINDERS_HOUR`) for every
   * open cycle. Each (cycle, kind) is claimed by its unique row in the transaction that writes its
   * e-mails: a replica arriving second waits for the first's commit, then finds it taken.
   */
  async sendScheduled(now: Date): Promise<ScheduledSend[]> {
    const { day, hour } = parisClock(now);
    if (hour < this.config.remindersHour) return [];
    // The cycles closing one of the schedule's numbers of days from today, with the kinds already claimed.
    const kinds = Object.keys(SCHEDULED_REMINDERS) as ScheduledReminder[];
    const candidates: { id: number; opens_on: IsoDate; closes_on: IsoDate; taken: string[] }[] = await this.db.query(
      `SELECT c.id, c.opens_on, c.closes_on,
              ARRAY(SELECT m.kind FROM cycle_mailings m WHERE m.cycle_id = c.id AND m.kind = ANY($1::text[])) AS taken
         FROM reporting_cycles c JOIN plans p ON p.id = c.plan_id
        WHERE c.state = 'open' AND p.state <> 'archived' AND c.closes_on = ANY($2::date[])
        ORDER BY c.id`,
      [kinds, kinds.map((kind) => addDays(day, SCHEDULED_REMINDERS[kind]))],
    );
    const done: ScheduledSend[] = [];
    for (const candidate of candidates) {
      const due = dueReminders({ opensOn: candidate.opens_on, closesOn: candidate.closes_on }, day).filter((kind) => !candidate.taken.includes(kind));
      for (const kind of due) {
        // One cycle's failure (rolled back, so tried again at the next run) does not hold the others.
        try {
          const result = await this.sendScheduledOne(candidate.id, kind, now, day);
          if (result) done.push(result);
        } catch (error) {
          this.logger.error(`Relances ${kind} de la campagne ${candidate.id} non envoyées : ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    return done;
  }

  private async sendScheduledOne(cycleId: number, kind: ScheduledReminder, now: Date, day: IsoDate): Promise<ScheduledSend | null> {
    return this.db.transaction(async (manager) => {
      const cycle = await lockCycle(manager, cycleId);
      if (!cycle || cycle.state !== 'open' || cycle.plan_state === 'archived') return null;
      const [claim]: { id: number }[] = await manager.query(
        `INSERT INTO cycle_mailings (cycle_id, kind) VALUES ($1, $2)
         ON CONFLICT (cycle_id, kind) WHERE kind <> 'reminder_manual' DO NOTHING RETURNING id`,
        [cycleId, kind],
      );
      if (!claim) return null;
      const [manual]: { sent_at: Date }[] = await manager.query(
        `SELECT sent_at FROM cycle_mailings
          WHERE cycle_id = $1 AND kind = 'reminder_manual' AND messages > 0 AND sent_at > $2::timestamptz - $3 * interval '1 hour'
          ORDER BY sent_at DESC LIMIT 1`,
        [cycleId, now, SCHEDULED_QUIET_HOURS],
      );
      if (manual) {
        const skipped = `Relance manuelle envoyée le ${formatDateTimeFr(manual.sent_at.toISOString())}, moins de ${SCHEDULED_QUIET_HOURS}\u00a0heures avant.`;
        await manager.query(`UPDATE cycle_mailings SET skipped = $2 WHERE id = $1`, [claim.id, skipped]);
        return { cycleId, kind, sent: 0, skipped };
      }
      const sent = await this.remind(manager, cycle, kind, { base: this.publicBase(), today: day });
      await manager.query(`UPDATE cycle_mailings SET messages = $2, opted_out = $3 WHERE id = $1`, [claim.id, sent.sent, sent.optedOut]);
      await this.record(manager, cycle, null, kind, sent);
      return { cycleId, kind, sent: sent.sent, skipped: null };
    });
  }

  /**
   * Called by the closing of a cycle, in its transaction: the summary of its completeness to every
   * active director and admin who has not turned cycle e-mails off. Returns how many were written.
   */
  async sendClosingSummary(manager: EntityManager, cycleId: number, closedBy: RequestUser | null): Promise<number> {
    const [claim]: { id: number }[] = await manager.query(
      `INSERT INTO cycle_mailings (cycle_id, kind, sent_by) VALUES ($1, 'closing_summary', $2)
       ON CONFLICT (cycle_id, kind) WHERE kind <> 'reminder_manual' DO NOTHING RETURNING id`,
      [cycleId, closedBy?.id ?? null],
    );
    if (!claim) return 0;
    const completeness = await this.completeness.completeness(cycleId);
    const [plan]: { title: string }[] = await manager.query(`SELECT p.title FROM plans p JOIN reporting_cycles c ON c.plan_id = p.id WHERE c.id = $1`, [cycleId]);
    const readers: OwnerRow[] = await manager.query(
      `SELECT id, name, email, active, reminders_enabled, language FROM users WHERE active AND role IN ('director', 'admin') ORDER BY name, id`,
    );
    let written = 0;
    let optedOut = 0;
    for (const reader of readers) {
      if (!reader.reminders_enabled) {
        optedOut++;
        continue;
      }
      await this.mail.send(
        manager,
        closingSummaryMail({ to: reader.email, name: reader.name, language: reader.language ?? DEFAULT_LANGUAGE, completeness, planTitle: plan?.title ?? '', base: this.publicBase(), closedBy: closedBy?.name ?? null }),
      );
      written++;
    }
    await manager.query(`UPDATE cycle_mailings SET messages = $2, opted_out = $3 WHERE id = $1`, [claim.id, written, optedOut]);
    return written;
  }

  /** One e-mail per owner of missing updates, listing them; inactive owners and opted-out ones get none. */
  private async remind(
    manager: EntityManager,
    cycle: CycleRow,
    kind: ReminderKind,
    options: { base: string; today: IsoDate; sender?: string },
  ): Promise<RemindersSent> {
    // The completeness rule, read under the cycle's lock on this transaction's own connection.
    const byOwner = new Map<number, MissingUpdate[]>();
    for (const action of await missingUpdates(manager, cycle.id)) {
      if (action.ownerId === null) continue;
      byOwner.set(action.ownerId, [...(byOwner.get(action.ownerId) ?? []), action]);
    }
    const owners: OwnerRow[] = byOwner.size
      ? await manager.query(`SELECT id, name, email, active, reminders_enabled, language FROM users WHERE id = ANY($1::int[])`, [[...byOwner.keys()]])
      : [];
    owners.sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id - b.id);
    const result: RemindersSent = { cycleId: cycle.id, sent: 0, optedOut: 0, recipients: [] };
    for (const owner of owners) {
      if (!owner.active) continue;
      if (!owner.reminders_enabled) {
        result.optedOut++;
        continue;
      }
      const actions = byOwner.get(owner.id) ?? [];
      await this.mail.send(
        manager,
        reminderMail({
          to: owner.email,
          name: owner.name,
          language: owner.language ?? DEFAULT_LANGUAGE,
          kind,
          cycle: { label: cycle.label, closesOn: cycle.closes_on },
          planTitle: cycle.plan_title,
          actions,
          base: options.base,
          today: options.today,
          sender: options.sender,
        }),
      );
      result.sent++;
      result.recipients.push({ id: owner.id, name: owner.name, actions: actions.length });
    }
    return result;
  }

  private async record(manager: EntityManager, cycle: CycleRow, actorId: number | null, kind: ReminderKind, sent: RemindersSent): Promise<void> {
    await this.audit.record(manager, {
      actorId,
      verb: 'cycle.remind',
      entityType: 'cycle',
      entityId: cycle.id,
      after: { kind, sent: sent.sent, optedOut: sent.optedOut, recipients: sent.recipients.map((r) => r.id) },
    });
    await this.events.publish(manager, { type: 'cycle.changed', planId: cycle.plan_id, record: `cycle:${cycle.id}` });
  }

  /** The address links point to when no request tells it (scheduled work): PUBLIC_URL, else this host. */
  private publicBase(): string {
    return this.config.publicUrl ?? `http://localhost:${this.config.port}`;
  }
}

/** The cycle with its plan, its row locked: `FOR NO KEY UPDATE` lets status updates still reference it. */
async function lockCycle(manager: EntityManager, id: number): Promise<CycleRow | null> {
  const [row]: CycleRow[] = await manager.query(
    `SELECT c.id, c.plan_id, c.label, c.opens_on, c.closes_on, c.state, p.title AS plan_title, p.state AS plan_state
       FROM reporting_cycles c JOIN plans p ON p.id = c.plan_id
      WHERE c.id = $1 FOR NO KEY UPDATE OF c`,
    [id],
  );
  return row ?? null;
}
