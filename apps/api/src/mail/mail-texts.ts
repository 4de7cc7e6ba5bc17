import { formatDateTime, type Language } from '@boussole/domain';
import { composeMail } from './mail-layout';
import type { MailMessage } from './mail.service';

/** Who a link is for, in their language, and the link itself. */
export interface LinkMail {
  to: string;
  name: string;
  language: Language;
  link: string;
  expiresAt: Date;
}

/** The invitation of a new account: the person chooses their first password. */
export function invitationMail({ to, name, language, link, expiresAt }: LinkMail): MailMessage {
  const expires = formatDateTime(expiresAt.toISOString(), language);
  if (language === 'en') {
    return composeMail({
      to,
      language,
      subject: 'Your Boussole account: choose your password',
      greeting: `Hello ${name},`,
      blocks: [
        { paragraph: 'An account has been opened for you in Boussole, the tool that steers the DGOS strategic plan.' },
        { paragraph: `You sign in with your email address: ${to}` },
        { paragraph: `To choose your password, open this link (it works once and expires on ${expires}).` },
        { link: { label: 'Choose my password', href: link } },
      ],
      footnote: [{ paragraph: 'If you were not expecting this message, ignore it: until a password is chosen, the account cannot be used.' }],
    });
  }
  return composeMail({
    to,
    language,
    subject: 'Votre compte Boussole : choisissez votre mot de passe',
    greeting: `Bonjour ${name},`,
    blocks: [
      { paragraph: 'Un compte a été ouvert pour vous dans Boussole, l’outil de pilotage du projet stratégique de la DGOS.' },
      { paragraph: `Votre identifiant est votre adresse électronique\u00a0: ${to}` },
      { paragraph: `Pour choisir votre mot de passe, ouvrez ce lien (il ne sert qu’une fois et expire le ${expires}).` },
      { link: { label: 'Choisir mon mot de passe', href: link } },
    ],
    footnote: [{ paragraph: 'Si vous n’attendiez pas ce message, ignorez-le\u00a0: tant qu’aucun mot de passe n’est choisi, le compte reste inutilisable.' }],
  });
}

/** A reset link, asked for by the person ("mot de passe oublié") or issued by an administrator. */
export function resetMail({ to, name, language, link, expiresAt }: LinkMail): MailMessage {
  const expires = formatDateTime(expiresAt.toISOString(), language);
  if (language === 'en') {
    return composeMail({
      to,
      language,
      subject: 'Boussole: choose a new password',
      greeting: `Hello ${name},`,
      blocks: [
        { paragraph: `A new password has been requested for your Boussole account (${to}).` },
        { paragraph: `To choose it, open this link (it works once and expires on ${expires}).` },
        { link: { label: 'Choose a new password', href: link } },
      ],
      footnote: [{ paragraph: 'If you did not ask for this, ignore this message: your current password still works.' }],
    });
  }
  return composeMail({
    to,
    language,
    subject: 'Boussole : choisissez un nouveau mot de passe',
    greeting: `Bonjour ${name},`,
    blocks: [
      { paragraph: `Un nouveau mot de passe a été demandé pour votre compte Boussole (${to}).` },
      { paragraph: `Pour le choisir, ouvrez ce lien (il ne sert qu’une fois et expire le ${expires}).` },
      { link: { label: 'Choisir un nouveau mot de passe', href: link } },
    ],
    footnote: [{ paragraph: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message\u00a0: votre mot de passe actuel reste valable.' }],
  });
}
