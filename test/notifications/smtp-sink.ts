import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type Received = { from: string; to: string[]; raw: string; mail: ParsedMail };

/**
 * A real SMTP server in the test process (smtp-server), keeping every message it accepts, parsed
 * with mailparser. `refuseNext(code, n)` makes it answer the next `n` recipients with `code`
 * (451: try later, 550: no such mailbox), as a mail server does.
 */
export async function startSmtpSink(): Promise<{ url: string; received: Received[]; refuseNext(code: number, n?: number): void; close(): Promise<void> }> {
  const received: Received[] = [];
  let refusals: { code: number; left: number } | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refusals && refusals.left > 0) {
        refusals.left--;
        const error = Object.assign(new Error(refusals.code >= 500 ? 'mailbox unavailable' : 'try again later'), { responseCode: refusals.code });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw, mail: await simpleParser(raw) });
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext(code, n = 1) {
      refusals = { code, left: n };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
