import { formatDateTime, type Language } from '@boussole/domain';
import { composeMail, type MailBlock } from './mail-layout';
import type { MailMessage } from './mail.service';

/** Who a link is for, in their language, and the link itself. */
export interface LinkMail {
  to: string;
  name: string;
  language: Language;
  link: string;
  expiresAt: Date;
}

/** What a link's message says, in one language, around the link. */
interface LinkWords {
  subject: string;
  greeting: (name: string) => string;
  paragraphs: (to: string, expires: string) => string[];
  label: string;
  footnote: string;
}

/** The invitation of a new account: the person chooses their first password. */
const INVITATION: Readonly<Record<Language, LinkWords>> = {
  fr: {
    subject: 'Votre compte Boussole : choisissez votre mot de passe',
    greeting: (name) => `Bonjour ${name},`,
    paragraphs: (to, expires) => [
      'Un compte a été ouvert pour vous dans Boussole, l’outil de pilotage du projet stratégique de la DGOS.',
      `Votre identifiant est votre adresse électronique\u00a0: ${to}`,
      `Pour choisir votre mot de passe, ouvrez ce lien (il ne sert qu’une fois et expire le ${expires}).`,
    ],
    label: 'Choisir mon mot de passe',
    footnote: 'Si vous n’attendiez pas ce message, ignorez-le\u00a0: tant qu’aucun mot de passe n’est choisi, le compte reste inutilisable.',
  },
  en: {
    subject: 'Your Boussole account: choose your password',
    greeting: (name) => `Hello ${name},`,
    paragraphs: (to, expires) => [
      'An account has been opened for you in Boussole, the tool that steers the DGOS strategic plan.',
      `You sign in with your email address: ${to}`,
      `To choose your password, open this link (it works once and expires on ${expires}).`,
    ],
    label: 'Choose my password',
    footnote: 'If you were not expecting this message, ignore it: until a password is chosen, the account cannot be used.',
  },
};

/** A reset link, asked for by the person ("mot de passe oublié") or issued by an administrator. */
const RESET: Readonly<Record<Language, LinkWords>> = {
  fr: {
    subject: 'Boussole : choisissez un nouveau mot de passe',
    greeting: (name) => `Bonjour ${name},`,
    paragraphs: (to, expires) => [
      `Un nouveau mot de passe a été demandé pour votre compte Boussole (${to}).`,
      `Pour le choisir, ouvrez ce lien (il ne sert qu’une fois et expire le ${expires}).`,
    ],
    label: 'Choisir un nouveau mot de passe',
    footnote: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message\u00a0: votre mot de passe actuel reste valable.',
  },
  en: {
    subject: 'Boussole: choose a new password',
    greeting: (name) => `Hello ${name},`,
    paragraphs: (to, expires) => [
      `A new password has been requested for your Boussole account (${to}).`,
      `To choose it, open this link (it works once and expires on ${expires}).`,
    ],
    label: 'Choose a new password',
    footnote: 'If you did not ask for this, ignore this message: your current password still works.',
  },
};

function linkMail(words: Readonly<Record<Language, LinkWords>>, { to, name, language, link, expiresAt }: LinkMail): MailMessage {
  const w = words[language];
  const paragraphs: MailBlock[] = w.paragraphs(to, formatDateTime(expiresAt.toISOString(), language)).map((paragraph) => ({ paragraph }));
  return composeMail({
    to,
    language,
    subject: w.subject,
    greeting: w.greeting(name),
    blocks: [...paragraphs, { link: { label: w.label, href: link } }],
    footnote: [{ paragraph: w.footnote }],
  });
}

export const invitationMail = (mail: LinkMail): MailMessage => linkMail(INVITATION, mail);
export const resetMail = (mail: LinkMail): MailMessage => linkMail(RESET, mail);
