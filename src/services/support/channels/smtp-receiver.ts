import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { RawInbound } from '../../../core/support/inbound-message.js';
import { receiveMessage, type SupportDeps } from '../receive-message.js';

export type SmtpReceiverOptions = {
  port: number;
  host: string;
  /** The support addresses mail is accepted for (plus-addresses of them too: help+c-token@...). */
  addresses: readonly string[];
  /** The largest message accepted, in bytes (default 25 MiB). */
  maxBytes?: number;
  log?: (message: string) => void;
};

export type SmtpReceiver = { port: number; close(): Promise<void> };

/** Whether `address` is one of the support addresses, or a plus-address of one. */
export function isSupportAddress(address: string, addresses: readonly string[]): boolean {
  const a = address.toLowerCase();
  const plain = a.replace(/\+[^@]*@/, '@');
  return addresses.some((x) => x.toLowerCase() === a || x.toLowerCase() === plain);
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((f) => f.value.flatMap((v) => (v.address ? [v.address] : [])));
}

/**
 * A plain SMTP receiver for the support inbox, for a store that points its support address's MX
 * (or a forwarding rule) at Landfall instead of using an inbound-mail provider. It accepts mail
 * only for the support addresses (never relays: any other recipient is 550), refuses messages over
 * the size limit (552) while they arrive, parses MIME with mailparser (encodings and charsets
 * decoded; HTML kept only as text), and answers 250 only once the message is stored: a failure
 * while storing is 451, so the sending server tries again and nothing is lost. A message without
 * text or sender is refused with 550 and the reason.
 */
export async function startSmtpReceiver(deps: SupportDeps, options: SmtpReceiverOptions): Promise<SmtpReceiver> {
  const maxBytes = options.maxBytes ?? 25 * 1024 * 1024;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH'],
    size: maxBytes,
    logger: false,
    banner: 'Landfall support inbox',
    onRcptTo(address, _session, callback) {
      if (!isSupportAddress(address.address, options.addresses)) return callback(Object.assign(new Error(`no mailbox ${address.address} here`), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.byteLength;
        if (size <= maxBytes) chunks.push(c);
      });
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded || size > maxBytes) return callback(Object.assign(new Error(`message larger than ${maxBytes} bytes`), { responseCode: 552 }));
        void store(Buffer.concat(chunks), session.envelope.rcptTo.map((r) => r.address))
          .then((answer) => callback(answer))
          .catch((e: Error) => {
            options.log?.(`support inbox: storing a message failed: ${e.message}`);
            callback(Object.assign(new Error('could not store the message now; try again later'), { responseCode: 451 }));
          });
      });
    },
  });

  async function store(raw: Buffer, recipients: string[]): Promise<Error | null> {
    const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
    const from = addressesOf(mail.from)[0];
    const inbound: RawInbound = {
      channel: 'smtp',
      from,
      fromName: (Array.isArray(mail.from) ? mail.from[0] : mail.from)?.value[0]?.name,
      to: [...recipients, ...addressesOf(mail.to)],
      subject: mail.subject,
      messageId: mail.messageId ? (mail.messageId.startsWith('<') ? mail.messageId : `<${mail.messageId}>`) : undefined,
      inReplyTo: mail.inReplyTo,
      references: Array.isArray(mail.references) ? mail.references.join(' ') : mail.references,
      text: mail.text,
      html: typeof mail.html === 'string' ? mail.html : undefined,
      attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: new Uint8Array(a.content), sha256: createHash('sha256').update(a.content).digest('hex') })),
      rawSize: raw.byteLength,
    };
    const r = await receiveMessage(deps, inbound);
    if (!r.ok) return Object.assign(new Error(r.message), { responseCode: 550 });
    options.log?.(`support inbox: ${r.value.outcome} ${r.value.conversationId}`);
    return null;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
