import { addDays, type IsoDate } from '@boussole/domain';

/** The reminders the ticker sends by itself, and how many days before the closing day each leaves. */
export const SCHEDULED_REMINDERS = { reminder_7d: 7, reminder_1d: 1 } as const;

export type ScheduledReminder = keyof typeof SCHEDULED_REMINDERS;

const PARIS_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The Europe/Paris calendar day and hour of an instant: the days reminders count in. */
export function parisClock(now: Date): { day: IsoDate; hour: number } {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of PARIS_CLOCK.formatToParts(now)) parts[part.type] = part.value;
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/**
 * The scheduled reminders due on Paris day `day` for an open cycle: the 7-day one exactly seven days
 * before its closing day, the 1-day one the day before. Only on that day: a reminder missed (the
 * cycle opened late, or no replica ran that day) is not sent late, as a "J-7" on J-3 would mislead;
 * and none before the cycle's opening day.
 */
export function dueReminders(cycle: { opensOn: IsoDate; closesOn: IsoDate }, day: IsoDate): ScheduledReminder[] {
  if (day < cycle.opensOn) return [];
  return (Object.keys(SCHEDULED_REMINDERS) as ScheduledReminder[]).filter((kind) => addDays(cycle.closesOn, -SCHEDULED_REMINDERS[kind]) === day);
}
