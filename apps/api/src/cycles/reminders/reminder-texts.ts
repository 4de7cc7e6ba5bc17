import { daysBetween, formatNumber, formatPercent, type CycleCompleteness, type IsoDate, type Language } from '@boussole/domain';
import { composeMail, type MailBlock } from '../../mail/mail-layout';
import type { MailMessage } from '../../mail/mail.service';

/**
 * The texts of a cycle's e-mails, in each recipient's language: reminders to owners, the closing
 * summary to directors. French first; the English says the same.
 */

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
  language: Language;
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

const LONG_DATES: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  fr: new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
};

/** `2026-03-11` → `mercredi 11 mars 2026`, `Wednesday 11 March 2026` (dates are UTC calendar days). */
export function longDate(date: IsoDate, language: Language = 'fr'): string {
  return LONG_DATES[language].format(new Date(`${date}T00:00:00Z`));
}

/** A count and its noun: French takes the singular for 0 and 1, English for 1 only. */
function plural(count: number, one: string, many: string, language: Language): string {
  const singular = language === 'fr' ? count < 2 : count === 1;
  return `${formatNumber(count, 0, language)}${language === 'fr' ? '\u00a0' : ' '}${singular ? one : many}`;
}

/** When the cycle closes, from `today`: "dans 7 jours", "demain", "aujourd’hui"… */
function closingIn(closesOn: IsoDate, today: IsoDate, language: Language): string {
  const days = daysBetween(today, closesOn);
  const date = longDate(closesOn, language);
  if (language === 'en') {
    if (days > 1) return `closes on ${date}, in ${plural(days, 'day', 'days', language)}`;
    if (days === 1) return `closes tomorrow, ${date}`;
    if (days === 0) return `closes today, ${date}`;
    return `was due to close on ${date}`;
  }
  if (days > 1) return `se clôt le ${date}, dans ${plural(days, 'jour', 'jours', language)}`;
  if (days === 1) return `se clôt demain, le ${date}`;
  if (days === 0) return `se clôt aujourd’hui, le ${date}`;
  return `devait se clore le ${date}`;
}

export function reminderSubject(kind: ReminderKind, label: string, count: number, language: Language = 'fr'): string {
  if (language === 'en') {
    const expected = plural(count, 'status update expected', 'status updates expected', language);
    if (kind === 'reminder_1d') return `Boussole: the ${label} reporting cycle closes tomorrow, ${expected} from you`;
    if (kind === 'reminder_7d') return `Boussole: the ${label} reporting cycle closes in 7 days, ${expected} from you`;
    return `Boussole: reminder for the ${label} reporting cycle, ${expected} from you`;
  }
  const expected = plural(count, 'point d’avancement attendu', 'points d’avancement attendus', language);
  if (kind === 'reminder_1d') return `Boussole\u00a0: la campagne ${label} se clôt demain, ${expected} de votre part`;
  if (kind === 'reminder_7d') return `Boussole\u00a0: la campagne ${label} se clôt dans 7\u00a0jours, ${expected} de votre part`;
  return `Boussole\u00a0: relance de la campagne ${label}, ${expected} de votre part`;
}

/** The words of a reminder that do not depend on the actions listed. */
const REMINDER_WORDS: Readonly<
  Record<
    Language,
    {
      greeting: (name: string) => string;
      opening: (cycle: string, plan: string, closing: string, sender?: string) => string;
      owed: (count: number) => string;
      publish: string;
      myActions: string;
      why: string;
      account: string;
    }
  >
> = {
  fr: {
    greeting: (name) => `Bonjour ${name},`,
    opening: (cycle, plan, closing, sender) =>
      `${sender ? `${sender} vous relance\u00a0: la` : 'La'} campagne de suivi «\u00a0${cycle}\u00a0» du projet «\u00a0${plan}\u00a0» ${closing}.`,
    owed: (count) =>
      count === 1
        ? 'Elle attend encore le point d’avancement de cette action dont vous êtes responsable\u00a0:'
        : `Elle attend encore le point d’avancement de ces ${formatNumber(count, 0, 'fr')}\u00a0actions dont vous êtes responsable\u00a0:`,
    publish: 'Ouvrez chaque action et publiez son point d’avancement (météo, avancement, commentaire) avant la clôture.',
    myActions: 'Toutes mes actions',
    why: 'Vous recevez ce message parce que ces actions vous sont confiées dans Boussole. Pour ne plus recevoir les relances, décochez «\u00a0Recevoir les relances des campagnes de suivi\u00a0» dans votre compte.',
    account: 'Mon compte',
  },
  en: {
    greeting: (name) => `Hello ${name},`,
    opening: (cycle, plan, closing, sender) =>
      `${sender ? `${sender} is reminding you: the` : 'The'} “${cycle}” reporting cycle of the “${plan}” plan ${closing}.`,
    owed: (count) =>
      count === 1
        ? 'It is still waiting for the status update of this action, which you are responsible for:'
        : `It is still waiting for the status updates of these ${formatNumber(count, 0, 'en')} actions, which you are responsible for:`,
    publish: 'Open each action and publish its status update (status, progress, comment) before the cycle closes.',
    myActions: 'All my actions',
    why: 'You are receiving this message because these actions are assigned to you in Boussole. To stop receiving reminders, untick “Receive reporting cycle reminders” in your account.',
    account: 'My account',
  },
};

/** One owner's reminder: every action of theirs the cycle still expects, with its link. */
export function reminderMail(input: ReminderMailInput): MailMessage {
  const { cycle, actions, base, language } = input;
  const words = REMINDER_WORDS[language];
  const sender = input.kind === 'reminder_manual' ? input.sender : undefined;
  const blocks: MailBlock[] = [
    { paragraph: words.opening(cycle.label, input.planTitle, closingIn(cycle.closesOn, input.today, language), sender) },
    { paragraph: words.owed(actions.length) },
    { items: actions.map((a) => ({ text: `${a.code} — ${a.title}`, link: { label: `${a.code} — ${a.title}`, href: `${base}${MAIL_PATHS.action(a.id)}` } })) },
    { paragraph: words.publish },
    { link: { label: words.myActions, href: `${base}${MAIL_PATHS.myActions}` } },
  ];
  return composeMail({
    to: input.to,
    language,
    subject: reminderSubject(input.kind, cycle.label, actions.length, language),
    greeting: words.greeting(input.name),
    blocks,
    footnote: [{ paragraph: words.why }, { link: { label: words.account, href: `${base}${MAIL_PATHS.account}` } }],
  });
}

export interface ClosingSummaryInput {
  to: string;
  name: string;
  language: Language;
  completeness: CycleCompleteness;
  planTitle: string;
  base: string;
  /** Who closed the cycle. */
  closedBy: string | null;
}

function percent(value: number | null, language: Language): string {
  return value === null ? '—' : formatPercent(value, 1, language);
}

export function closingSummarySubject(label: string, percentReceived: number | null, language: Language = 'fr'): string {
  if (language === 'en') {
    return percentReceived === null
      ? `Boussole: the ${label} reporting cycle is closed`
      : `Boussole: the ${label} reporting cycle is closed, ${formatPercent(percentReceived, 1, language)} of status updates received`;
  }
  return percentReceived === null
    ? `Boussole\u00a0: la campagne ${label} est close`
    : `Boussole\u00a0: la campagne ${label} est close, ${formatPercent(percentReceived, 1, language)} des points d’avancement reçus`;
}

/** The summary's sentences and table headings, by language. */
function summaryWords(input: ClosingSummaryInput) {
  const c = input.completeness;
  const l = input.language;
  if (l === 'en') {
    return {
      greeting: `Hello ${input.name},`,
      closed: `The “${c.cycle.label}” reporting cycle of the “${input.planTitle}” plan is closed${input.closedBy ? ` (by ${input.closedBy})` : ''}. It ran from ${longDate(c.cycle.opensOn, l)} to ${longDate(c.cycle.closesOn, l)}.`,
      nothing: 'It expected no status update.',
      completeness: `Completeness: ${percent(c.percent, l)}. ${plural(c.received, 'status update received', 'status updates received', l)} out of ${formatNumber(c.expected, 0, l)} expected; ${formatNumber(c.missing, 0, l)} missing.`,
      caption: 'Completeness by axis',
      head: ['Axis', 'Expected', 'Received', 'Missing', 'Completeness'],
      axis: (n: number, title: string) => `Axis ${n} — ${title}`,
      open: 'See the reporting cycle in Boussole',
      why: 'You are receiving this summary as a member of the directorate or of Boussole’s administration. To stop receiving it, untick “Receive reporting cycle reminders” in your account.',
      account: 'My account',
    };
  }
  return {
    greeting: `Bonjour ${input.name},`,
    closed: `La campagne de suivi «\u00a0${c.cycle.label}\u00a0» du projet «\u00a0${input.planTitle}\u00a0» est close${input.closedBy ? ` (par ${input.closedBy})` : ''}. Elle courait du ${longDate(c.cycle.opensOn, l)} au ${longDate(c.cycle.closesOn, l)}.`,
    nothing: 'Elle n’attendait aucun point d’avancement.',
    completeness: `Complétude\u00a0: ${percent(c.percent, l)}. ${plural(c.received, 'point d’avancement reçu', 'points d’avancement reçus', l)} sur ${plural(c.expected, 'attendu', 'attendus', l)}\u00a0; ${plural(c.missing, 'manquant', 'manquants', l)}.`,
    caption: 'Complétude par axe',
    head: ['Axe', 'Attendus', 'Reçus', 'Manquants', 'Complétude'],
    axis: (n: number, title: string) => `Axe ${n} — ${title}`,
    open: 'Voir la campagne dans Boussole',
    why: 'Vous recevez ce bilan en tant que membre de la direction ou de l’administration de Boussole. Pour ne plus le recevoir, décochez «\u00a0Recevoir les relances des campagnes de suivi\u00a0» dans votre compte.',
    account: 'Mon compte',
  };
}

/** The summary of a closed cycle for directors and admins: completeness overall and per axis. */
export function closingSummaryMail(input: ClosingSummaryInput): MailMessage {
  const c = input.completeness;
  const l = input.language;
  const words = summaryWords(input);
  const blocks: MailBlock[] = [
    { paragraph: words.closed },
    c.expected === 0 ? { paragraph: words.nothing } : { paragraph: words.completeness },
    {
      table: {
        caption: words.caption,
        head: words.head,
        rows: c.byAxis.map((axis) => [
          words.axis(axis.number, axis.title),
          formatNumber(axis.expected, 0, l),
          formatNumber(axis.received, 0, l),
          formatNumber(axis.missing, 0, l),
          percent(axis.percent, l),
        ]),
      },
    },
    { link: { label: words.open, href: `${input.base}${MAIL_PATHS.cycle(c.cycle.id)}` } },
  ];
  return composeMail({
    to: input.to,
    language: l,
    subject: closingSummarySubject(c.cycle.label, c.percent, l),
    greeting: words.greeting,
    blocks,
    footnote: [{ paragraph: words.why }, { link: { label: words.account, href: `${input.base}${MAIL_PATHS.account}` } }],
  });
}
