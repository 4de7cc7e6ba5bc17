/**
 * The one layout of Boussole's e-mails: the same content gives the plain-text part and the HTML
 * part, under the State's identity (DGOS, Boussole), in the recipient's language. The HTML is
 * accessible as a page would be (`lang`, real text, a table with its caption and headers, no
 * images) and styled inline, as mail clients want. Links are absolute: whoever builds a message
 * passes them so.
 */
import type { Language } from '@boussole/domain';
import type { MailMessage } from './mail.service';

/** The sober header of every message (the DSFR's identity, in words). */
export const MAIL_IDENTITY: Readonly<Record<Language, string>> = {
  fr: 'République française — Ministère chargé de la santé — Direction générale de l’offre de soins (DGOS)',
  en: 'French Republic — Ministry of Health — Directorate General for Healthcare Provision (DGOS)',
};

export const MAIL_SIGNATURE: Readonly<Record<Language, string>> = {
  fr: 'Boussole, le pilotage du projet stratégique de la DGOS. Ce message est envoyé automatiquement\u00a0: merci de ne pas y répondre.',
  en: 'Boussole, the steering of the DGOS strategic plan. This message is sent automatically: please do not reply to it.',
};

/** French puts a (non-breaking) space before a colon, English none. */
const COLON: Readonly<Record<Language, string>> = { fr: '\u00a0:', en: ':' };
const SEMICOLON: Readonly<Record<Language, string>> = { fr: '\u00a0;', en: ';' };

export interface MailLink {
  href: string;
  label: string;
}

/** One piece of a message's content. */
export type MailBlock =
  | { paragraph: string }
  /** A link on a line of its own: "label : href" in the text part. */
  | { link: MailLink }
  | { items: { text: string; link?: MailLink }[] }
  | { table: { caption: string; head: string[]; rows: string[][] } };

export interface MailContent {
  to: string;
  language: Language;
  subject: string;
  greeting: string;
  blocks: MailBlock[];
  /** Why the person gets it and how to stop it, under the content. */
  footnote?: MailBlock[];
}

/** The two parts of the message, as the outbox stores them. */
export function composeMail(content: MailContent): MailMessage {
  return { to: content.to, subject: content.subject, text: toText(content), html: toHtml(content) };
}

function toText(content: MailContent): string {
  const parts = [MAIL_IDENTITY[content.language], 'Boussole', '', content.greeting, ''];
  for (const block of [...content.blocks, ...(content.footnote ?? [])]) {
    parts.push(...blockText(block, content.language), '');
  }
  parts.push('—', MAIL_SIGNATURE[content.language]);
  return parts.join('\n');
}

function blockText(block: MailBlock, language: Language): string[] {
  const colon = COLON[language];
  if ('paragraph' in block) return [block.paragraph];
  if ('link' in block) return [`${block.link.label}${colon} ${block.link.href}`];
  if ('items' in block) return block.items.map((item) => `- ${item.text}${item.link ? `\n  ${item.link.href}` : ''}`);
  const { caption, head, rows } = block.table;
  return [`${caption}${colon}`, ...rows.map((row) => `- ${row.map((cell, i) => (i === 0 ? cell : `${head[i]}${colon} ${cell}`)).join(`${SEMICOLON[language]} `)}`)];
}

const COLORS = { text: '#161616', mention: '#666666', blue: '#000091', border: '#dddddd', background: '#f6f6f6' };
const CELL = `padding:6px 8px;border:1px solid ${COLORS.border};text-align:left;vertical-align:top`;

function toHtml(content: MailContent): string {
  const body = content.blocks.map(blockHtml).join('\n');
  const footnote = (content.footnote ?? []).map(blockHtml).join('\n');
  return `<!DOCTYPE html>
<html lang="${content.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:${COLORS.background};color:${COLORS.text};font-family:Marianne,Arial,sans-serif;font-size:16px;line-height:1.5">
<div style="max-width:640px;margin:0 auto;background:#ffffff">
<header style="padding:24px;border-bottom:4px solid ${COLORS.blue}">
<p style="margin:0;font-size:14px;font-weight:700">${escapeHtml(MAIL_IDENTITY[content.language])}</p>
<p style="margin:12px 0 0;font-size:24px;font-weight:700;color:${COLORS.blue}">Boussole</p>
</header>
<main style="padding:24px">
<p style="margin:0 0 16px">${escapeHtml(content.greeting)}</p>
${body}
${footnote ? `<div style="margin-top:24px;font-size:14px;color:${COLORS.mention}">\n${footnote}\n</div>` : ''}
</main>
<footer style="padding:16px 24px;border-top:1px solid ${COLORS.border};font-size:14px;color:${COLORS.mention}">
<p style="margin:0">${escapeHtml(MAIL_SIGNATURE[content.language])}</p>
</footer>
</div>
</body>
</html>
`;
}

function blockHtml(block: MailBlock): string {
  if ('paragraph' in block) return `<p style="margin:0 0 16px">${escapeHtml(block.paragraph)}</p>`;
  if ('link' in block) return `<p style="margin:0 0 16px">${anchor(block.link)}</p>`;
  if ('items' in block) {
    const items = block.items.map((item) => `<li style="margin:0 0 8px">${item.link ? anchor({ href: item.link.href, label: item.text }) : escapeHtml(item.text)}</li>`);
    return `<ul style="margin:0 0 16px;padding-left:24px">\n${items.join('\n')}\n</ul>`;
  }
  const { caption, head, rows } = block.table;
  const headRow = head.map((cell) => `<th scope="col" style="${CELL}">${escapeHtml(cell)}</th>`).join('');
  const bodyRows = rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row" style="${CELL}">${escapeHtml(cell)}</th>` : `<td style="${CELL}">${escapeHtml(cell)}</td>`)).join('')}</tr>`);
  return `<table style="border-collapse:collapse;margin:0 0 16px;width:100%;font-size:14px">
<caption style="text-align:left;font-weight:700;padding:0 0 8px">${escapeHtml(caption)}</caption>
<thead><tr>${headRow}</tr></thead>
<tbody>
${bodyRows.join('\n')}
</tbody>
</table>`;
}

function anchor(link: MailLink): string {
  return `<a href="${escapeHtml(link.href)}" style="color:${COLORS.blue}">${escapeHtml(link.label)}</a>`;
}

/** Names, titles and labels are typed by people: never markup. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
