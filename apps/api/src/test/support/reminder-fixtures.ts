import type { CycleCompleteness } from '@boussole/domain';
import type { SmtpInbox } from './smtp-inbox';
import type { TestApp } from './test-app';

/** The open cycle of the demo's 2025-2027 plan, and who owes it updates (from its completeness). */
export interface OpenCycle {
  id: number;
  planId: number;
  label: string;
  opensOn: string;
  closesOn: string;
  /** Active owners of missing updates, with their e-mail and the codes of their missing actions. */
  owners: { id: number; email: string; name: string; codes: string[]; actionIds: number[] }[];
}

export const PUBLIC_URL = 'https://boussole.example.fr';

export async function openCycle(t: TestApp, token: string): Promise<OpenCycle> {
  const [cycle] = (
    await t.sql.query(
      `SELECT c.id, c.plan_id, c.label, c.opens_on, c.closes_on FROM reporting_cycles c JOIN plans p ON p.id = c.plan_id
        WHERE p.start_year = 2025 AND c.state = 'open'`,
    )
  ).rows;
  const completeness: CycleCompleteness = (await t.request(`/cycles/${cycle.id}/completeness`, { token })).body;
  const users = (await t.sql.query(`SELECT id, email, name FROM users WHERE active`)).rows as { id: number; email: string; name: string }[];
  const owners = users
    .map((u) => {
      const missing = completeness.missingActions.filter((a) => a.owner?.id === u.id);
      return { ...u, codes: missing.map((a) => a.code), actionIds: missing.map((a) => a.id) };
    })
    .filter((o) => o.codes.length > 0);
  return { id: cycle.id, planId: cycle.plan_id, label: cycle.label, opensOn: cycle.opens_on, closesOn: cycle.closes_on, owners };
}

/** 09:00 UTC of a day: 10:00 or 11:00 in Paris, the same Paris day, past the default REMINDERS_HOUR. */
export function morningOf(day: string): Date {
  return new Date(`${day}T09:00:00Z`);
}

/** Waits until every e-mail that can be sent was (the outbox's immediate sends run after commit). */
export async function settled(t: TestApp): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const { n } = (await t.sql.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL AND attempts = 0`)).rows[0];
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the outbox did not settle');
}

/** A clean slate between tests: no mailing claimed, nothing left to send, an empty inbox. */
export async function resetMail(t: TestApp, inbox: SmtpInbox): Promise<void> {
  await settled(t);
  await t.sql.query(`DELETE FROM cycle_mailings`);
  await t.sql.query(`UPDATE mail_outbox SET sent_at = coalesce(sent_at, now())`);
  inbox.messages.length = 0;
}

/** How many messages each recipient received, by address. */
export function countByRecipient(inbox: SmtpInbox, subject: RegExp): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const message of inbox.messages.filter((m) => subject.test(m.subject))) {
    for (const to of message.to) counts[to] = (counts[to] ?? 0) + 1;
  }
  return counts;
}
