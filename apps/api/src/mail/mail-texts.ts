import { formatDateTimeFr } from '@boussole/domain';
import type { MailMessage } from './mail.service';

/** Who a link is for, and the link itself. */
export interface LinkMail {
  to: string;
  name: string;
  link: string;
  expiresAt: Date;
}

const SIGNATURE = '—\nBoussole, le pilotage du projet stratégique de la DGOS\nCe message est envoyé automatiquement : merci de ne pas y répondre.';

/** The invitation of a new account: the person chooses their first password. */
export function invitationMail({ to, name, link, expiresAt }: LinkMail): MailMessage {
  return {
    to,
    subject: 'Votre compte Boussole : choisissez votre mot de passe',
    text: [
      `Bonjour ${name},`,
      '',
      'Un compte a été ouvert pour vous dans Boussole, l’outil de pilotage du projet stratégique de la DGOS.',
      `Votre identifiant est votre adresse électronique : ${to}`,
      '',
      `Pour choisir votre mot de passe, ouvrez ce lien (il ne sert qu’une fois et expire le ${formatDateTimeFr(expiresAt.toISOString())}) :`,
      link,
      '',
      'Si vous n’attendiez pas ce message, ignorez-le : tant qu’aucun mot de passe n’est choisi, le compte reste inutilisable.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

/** A reset link, asked for by the person ("mot de passe oublié") or issued by an administrator. */
export function resetMail({ to, name, link, expiresAt }: LinkMail): MailMessage {
  return {
    to,
    subject: 'Boussole : choisissez un nouveau mot de passe',
    text: [
      `Bonjour ${name},`,
      '',
      `Un nouveau mot de passe a été demandé pour votre compte Boussole (${to}).`,
      '',
      `Pour le choisir, ouvrez ce lien (il ne sert qu’une fois et expire le ${formatDateTimeFr(expiresAt.toISOString())}) :`,
      link,
      '',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
