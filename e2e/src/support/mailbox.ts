import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One e-mail received by the journeys' SMTP server (started by the global setup). */
export interface Mail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

function maildir(): string {
  const dir = process.env['BOUSSOLE_E2E_MAILDIR'];
  if (!dir) throw new Error('BOUSSOLE_E2E_MAILDIR is not set: run the journeys through Jest (global setup).');
  return dir;
}

/** Every message received so far, oldest first. */
export function receivedMail(): Mail[] {
  const dir = maildir();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const { to, raw } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { to: string[]; raw: string };
      const { headers, body } = split(raw);
      return { to, subject: decodeWords(headers['subject'] ?? ''), text: part(headers, body, 'text/plain'), html: part(headers, body, 'text/html') };
    });
}

/** Waits for the messages to `to` whose subject matches, as many as `count`; fails after 20 s. */
export async function mailTo(to: string, subject: RegExp, count = 1): Promise<Mail[]> {
  for (let i = 0; i < 200; i++) {
    const found = receivedMail().filter((m) => m.to.includes(to) && subject.test(m.subject));
    if (found.length >= count) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seen = receivedMail().map((m) => `${m.to.join(',')}: ${m.subject}`);
  throw new Error(`no e-mail "${subject}" to ${to} (received: ${seen.join(' | ') || 'none'})`);
}

function split(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: raw.slice(at + 4) };
}

/** The decoded text of the part of type `type` (the whole body when it is not multipart). */
function part(headers: Record<string, string>, body: string, type: string): string {
  const contentType = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return contentType.toLowerCase().startsWith(type) ? decode(headers, body) : '';
  for (const chunk of body.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const inner = split(chunk.replace(/^\r\n/, ''));
    const found = part(inner.headers, inner.body, type);
    if (found) return found;
  }
  return '';
}

function decode(headers: Record<string, string>, body: string): string {
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const bytes =
    encoding === 'quoted-printable'
      ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1')
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
        : Buffer.from(body, 'latin1');
  return bytes.toString('utf8').replace(/\r\n/g, '\n');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}
