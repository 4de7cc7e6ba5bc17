import { daysBetween, formatNumberFr, formatPercentFr, type CycleCompleteness, type IsoDate } from '@boussole/domain';
import { composeMail, type MailBlock } from '../../mail/mail-layout';
import type { MailMessage } from '../../mail/mail.service';

/** The French texts of a cycle's e-mails: reminders to owners, the closing summary to directors. */

export type ReminderKind = 'reminder_7d' | 'reminder_1d' | 'reminder_manual';

/** The web app's pages the e-mails link to (absolute once joined to the public address). */
export const MAIL_PATHS = {
  action: (id: number) => `/actions/${id}`,
  myActions: '/mes-actions',
  account: '/mon-compte',
  cycle: (id: number) => `/campagnes/${id}`,
} as const;

export interface ReminderMailInput {
  to: string;
  name: string;
  kind: ReminderKind;
  cycle: { label: string; closesOn: IsoDate };
  planTitle: string;
  /** The owner's actions still waiting for their update in the cycle, by code. */
  actions: { id: number; code: string; title: string }[];
  /** Boussole's public address, without a trailing slash. */
  base: string;
  /** Europe/Paris day the message leaves. */
  today: IsoDate;
  /** Who sent a manual reminder. */
  sender?: string;
}

const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** `2026-03-11` → `mercredi 11 mars 2026` (dates are UTC calendar days). */
export function longDateFr(date: IsoDate): string {
  return LONG_DATE.format(new Date(`${date}T00:00:00Z`));
}

function plural(count: number, one: string, many: string): string {
  return `${formatNumberFr(count, 0)}\u00a0${count < 2 ? one : many}`;
}

/** When the cycle closes, from `today`: "dans 7 jours", "demain", "aujourd’hui"… */
function closingIn(closesOn: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, closesOn);
  const date = longDateFr(closesOn);
  if (days > 1) return `se clôt le ${date}, dans ${plural(days, 'jour', 'jours')}`;
  if (days === 1) return `se clôt demain, le ${date}`;
  if (days === 0) return `se clôt aujourd’hui, le ${date}`;
  return `devait se clore le ${date}`;
}

export function reminderSubject(kind: ReminderKind, label: string, count: number): string {
  const expected = plural(count, 'point d’avancement attendu', 'points d’avancement attendus');
  if (kind === 'reminder_1d') return `Boussole\u00a0: la campagne ${label} se clôt demain, ${expected} de votre part`;
  if (kind === 'reminder_7d') return `Boussole\u00a0: la campagne ${label} se clôt dans 7\u00a0jours, ${expected} de votre part`;
  return `Boussole\u00a0: relance de la campagne ${label}, ${expected} de votre part`;
}

/** One owner's reminder: every action of theirs the cycle still expects, with its link. */
export function reminderMail(input: ReminderMailInput): MailMessage {
  const { cycle, actions, base } = input;
  const opening =
    input.kind === 'reminder_manual' && input.sender
      ? `${input.sender} vous relance\u00a0: la campagne de suivi «\u00a0${cycle.label}\u00a0» du projet «\u00a0${input.planTitle}\u00a0» ${closingIn(cycle.closesOn, input.today)}.`
      : `La campagne de suivi «\u00a0${cycle.label}\u00a0» du projet «\u00a0${input.planTitle}\u00a0» ${closingIn(cycle.closesOn, input.today)}.`;
  const owed =
    actions.length === 1
      ? 'Elle attend encore le point d’avancement de cette action dont vous êtes responsable\u00a0:'
      : `Elle attend encore le point d’avancement de ces ${formatNumberFr(actions.length, 0)}\u00a0actions dont vous êtes responsable\u00a0:`;
  const blocks: MailBlock[] = [
    { paragraph: opening },
    { paragraph: owed },
    { items: actions.map((a) => ({ text: `${a.code} — ${a.title}`, link: { label: `${a.code} — ${a.title}`, href: `${base}${MAIL_PATHS.action(a.id)}` } })) },
    { paragraph: 'Ouvrez chaque action et publiez son point d’avancement (météo, avancement, commentaire) avant la clôture.' },
    { link: { label: 'Toutes mes actions', href: `${base}${MAIL_PATHS.myActions}` } },
  ];
  return composeMail({
    to: input.to,
    subject: reminderSubject(input.kind, cycle.label, actions.length),
    greeting: `Bonjour ${input.name},`,
    blocks,
    footnote: [
      { paragraph: 'Vous recevez ce message parce que ces actions vous sont confiées dans Boussole. Pour ne plus recevoir les relances, décochez «\u00a0Recevoir les relances des campagnes de suivi\u00a0» dans votre compte.' },
      { link: { label: 'Mon compte', href: `${base}${MAIL_PATHS.account}` } },
    ],
  });
}

export interface ClosingSummaryInput {
  to: string;
  name: string;
  completeness: CycleCompleteness;
  planTitle: string;
  base: string;
  /** Who closed the cycle. */
  closedBy: string | null;
}

function percent(value: number | null): string {
  return value === null ? '—' : formatPercentFr(value);
}

export function closingSummarySubject(label: string, percentReceived: number | null): string {
  return percentReceived === null
    ? `Boussole\u00a0: la campagne ${label} est close`
    : `Boussole\u00a0: la campagne ${label} est close, ${formatPercentFr(percentReceived)} des points d’avancement reçus`;
}

/** The summary of a closed cycle for directors and admins: completeness overall and per axis. */
export function closingSummaryMail(input: ClosingSummaryInput): MailMessage {
  const c = input.completeness;
  const blocks: MailBlock[] = [
    {
      paragraph: `La campagne de suivi «\u00a0${c.cycle.label}\u00a0» du projet «\u00a0${input.planTitle}\u00a0» est close${input.closedBy ? ` (par ${input.closedBy})` : ''}. Elle courait du ${longDateFr(c.cycle.opensOn)} au ${longDateFr(c.cycle.closesOn)}.`,
    },
    c.expected === 0
      ? { paragraph: 'Elle n’attendait aucun point d’avancement.' }
      : {
          paragraph: `Complétude\u00a0: ${percent(c.percent)}. ${plural(c.received, 'point d’avancement reçu', 'points d’avancement reçus')} sur ${plural(c.expected, 'attendu', 'attendus')}\u00a0; ${plural(c.missing, 'manquant', 'manquants')}.`,
        },
    {
      table: {
        caption: 'Complétude par axe',
        head: ['Axe', 'Attendus', 'Reçus', 'Manquants', 'Complétude'],
        rows: c.byAxis.map((axis) => [
          `Axe ${axis.number} — ${axis.title}`,
          formatNumberFr(axis.expected, 0),
          formatNumberFr(axis.received, 0),
          formatNumberFr(axis.missing, 0),
          percent(axis.percent),
        ]),
      },
    },
    { link: { label: 'Voir la campagne dans Boussole', href: `${input.base}${MAIL_PATHS.cycle(c.cycle.id)}` } },
  ];
  return composeMail({
    to: input.to,
    subject: closingSummarySubject(c.cycle.label, c.percent),
    greeting: `Bonjour ${input.name},`,
    blocks,
    footnote: [
      { paragraph: 'Vous recevez ce bilan en tant que membre de la direction ou de l’administration de Boussole. Pour ne plus le recevoir, décochez «\u00a0Recevoir les relances des campagnes de suivi\u00a0» dans votre compte.' },
      { link: { label: 'Mon compte', href: `${input.base}${MAIL_PATHS.account}` } },
    ],
  });
}
