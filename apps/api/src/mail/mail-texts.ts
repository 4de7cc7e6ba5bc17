import { formatDateTimeFr } from '@boussole/domain';
import { composeMail } from './mail-layout';
import type { MailMessage } from './mail.service';

/** Who a link is for, and the link itself. */
export interface LinkMail {
  to: string;
  name: string;
  link: string;
  expiresAt: Date;
}

/** The invitation of a new account: the person chooses their first password. */
export function invitationMail({ to, name, link, expiresAt }: LinkMail): MailMessage {
  return composeMail({
    to,
    subject: 'Votre compte Boussole : choisissez votre mot de passe',
    greeting: `Bonjour ${name},`,
    blocks: [
      { paragraph: 'Un compte a été ouvert pour vous dans Boussole, l’outil de pilotage du projet stratégique de la DGOS.' },
      { paragraph: `Votre identifiant est votre adresse électronique\u00a0: ${to}` },
      { paragraph: `Pour choisir votre mot de passe, ouvrez ce lien (il ne sert qu’une fois et expire le ${formatDateTimeFr(expiresAt.toISOString())}).` },
      { link: { label: 'Choisir mon mot de passe', href: link } },
    ],
    footnote: [{ paragraph: 'Si vous n’attendiez pas ce message, ignorez-le\u00a0: tant qu’aucun mot de passe n’est choisi, le compte reste inutilisable.' }],
  });
}

/** A reset link, asked for by the person ("mot de passe oublié") or issued by an administrator. */
export function resetMail({ to, name, link, expiresAt }: LinkMail): MailMessage {
  return composeMail({
    to,
    subject: 'Boussole : choisissez un nouveau mot de passe',
    greeting: `Bonjour ${name},`,
    blocks: [
      { paragraph: `Un nouveau mot de passe a été demandé pour votre compte Boussole (${to}).` },
      { paragraph: `Pour le choisir, ouvrez ce lien (il ne sert qu’une fois et expire le ${formatDateTimeFr(expiresAt.toISOString())}).` },
      { link: { label: 'Choisir un nouveau mot de passe', href: link } },
    ],
    footnote: [{ paragraph: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message\u00a0: votre mot de passe actuel reste valable.' }],
  });
}
