import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import { freePort } from '../checkout-reliability/support.js';
import { startSmtpSink } from '../notifications/smtp-sink.js';

const BIN = fileURLToPath(new URL('../../bin/landfall.js', import.meta.url));

test('[pglite] `landfall serve` with mail configured: the SMTP receiver takes a buyer\'s mail, the mail worker sends the answer; a bad setting stops the start naming it', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-mail-'));
  const sink = await startSmtpSink();
  const smtpPort = await freePort();
  try {
    const env = { ...process.env, LANDFALL_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: '', LANDFALL_SMTP_URL: sink.url, LANDFALL_MAIL_FROM: 'Shop <shop@shop.example>', LANDFALL_MAIL_REPLY_TO: 'help@shop.example', LANDFALL_SUPPORT_SMTP_PORT: String(smtpPort), LANDFALL_SUPPORT_SMTP_HOST: '127.0.0.1' };
    const bad = spawn(process.execPath, [BIN, 'serve', '--json'], { env: { ...env, LANDFALL_MAIL_FROM: 'not a mailbox' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let badErr = '';
    bad.stderr.on('data', (d) => (badErr += d));
    assert.notEqual(await new Promise((resolve) => bad.on('exit', resolve)), 0);
    assert.match(badErr, /LANDFALL_MAIL_FROM/);

    const child = spawn(process.execPath, [BIN, 'serve', '--json'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let summary: any;
    for (let i = 0; i < 1200 && !summary; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const line = out.split('\n').find((l) => l.includes('"listening"'));
      if (line) summary = JSON.parse(line);
    }
    assert.ok(summary, `did not start: ${err}`);
    const base = (summary.urls.storefront as string).replace(/\/$/, '');
    const admin = (method: string, p: string, body?: unknown) =>
      fetch(base + p, { method, headers: { authorization: `Bearer ${summary.adminApiKey}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

    const client = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    await client.sendMail({ from: 'Noor <noor@example.nl>', to: 'help@shop.example', subject: 'Levering', text: 'Wanneer komt mijn pakket aan? Ik wacht al een week.', messageId: '<noor-1@example.nl>' });
    client.close();
    const list = await admin('GET', '/v1/admin/support/conversations');
    assert.equal(list.body.items.length, 1);
    const id = list.body.items[0].id;
    assert.deepEqual([list.body.items[0].buyer.email, list.body.items[0].locale], ['noor@example.nl', 'nl']);

    assert.equal((await admin('POST', `/v1/admin/support/conversations/${id}/replies`, { text: 'Morgen, met PostNL.' })).status, 201);
    for (let i = 0; i < 200 && sink.received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const [answer] = sink.received;
    assert.ok(answer, 'the mail worker sent the answer');
    assert.deepEqual(answer.to, ['noor@example.nl']);
    assert.equal(answer.mail.subject, 'Re: Levering');
    assert.equal(answer.mail.inReplyTo, '<noor-1@example.nl>');
    child.kill('SIGTERM');
    assert.equal(await exited, 0, err);
  } finally {
    await sink.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
