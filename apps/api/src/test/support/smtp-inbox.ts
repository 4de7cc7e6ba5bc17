import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  /** The text body (the text/plain part of a multipart message), decoded (quoted-printable or base64). */
  text: string;
  /** The text/html part, decoded; empty when the message has none. */
  html: string;
}

export interface SmtpInbox {
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the first message to `to` that arrives (or has arrived); rejects after a while. */
  next(to: string): Promise<ReceivedMail>;
  /** The next `count` messages are refused with `code` (451: a temporary failure, as a busy server answers). */
  refuseNext(count: number, code?: number): void;
  /** How many messages were refused so far. */
  refused(): number;
  close(): Promise<void>;
}

/** A real SMTP server on a free local port (the `smtp-server` package), keeping what it receives. */
export async function startSmtpInbox(): Promise<SmtpInbox> {
  const messages: ReceivedMail[] = [];
  let refusals: { left: number; code: number } = { left: 0, code: 451 };
  let refusedCount = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals.left > 0) {
          refusals.left--;
          refusedCount++;
          callback(Object.assign(new Error('Service temporairement indisponible'), { responseCode: refusals.code }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('latin1');
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        messages.push({ ...parse(raw), from, to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    next: async (to) => {
      for (let i = 0; i < 250; i++) {
        const found = messages.find((m) => m.to.includes(to));
        if (found) return found;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`no e-mail to ${to} (received: ${messages.map((m) => m.to.join(',')).join('; ') || 'none'})`);
    },
    refuseNext: (count, code = 451) => {
      refusals = { left: count, code };
    },
    refused: () => refusedCount,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parse(raw: string): Pick<ReceivedMail, 'subject' | 'text' | 'html'> {
  const { headers, body } = split(raw);
  return { subject: decodeWords(headers['subject'] ?? ''), text: part(headers, body, 'text/plain'), html: part(headers, body, 'text/html') };
}

function split(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  // The line break that ends the message (or a part, before its boundary) is not the text's.
  return { headers, body: raw.slice(at + 4).replace(/\r\n$/, '') };
}

/** The decoded part of type `type`, looked for through nested multiparts (the whole body when not multipart). */
function part(headers: Record<string, string>, body: string, type: string): string {
  const contentType = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return contentType.toLowerCase().startsWith(type) ? decode(headers['content-transfer-encoding'] ?? '', body) : '';
  for (const chunk of body.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const inner = split(chunk.replace(/^\r\n/, ''));
    const found = part(inner.headers, inner.body, type);
    if (found) return found;
  }
  return '';
}

function decode(transferEncoding: string, body: string): string {
  const encoding = transferEncoding.toLowerCase();
  const bytes =
    encoding === 'quoted-printable'
      ? Buffer.from(
          body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        )
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
