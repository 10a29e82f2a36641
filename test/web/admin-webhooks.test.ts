import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { deliverDueWebhooks } from '../../src/services/webhooks/deliver-webhooks.js';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

describe('admin in a real browser: webhooks', { skip: browserSkipReason() }, () => {
  describeWithDatabases('endpoints and deliveries, replayed', (db) => {
    let a: AdminBrowser;
    let receiver: http.Server;
    let url = '';
    let failNext = 1;
    const received: string[] = [];
    before(async () => {
      // A receiver that answers 500 to its first delivery and 204 afterwards.
      receiver = http.createServer((req, res) => {
        req.resume();
        req.on('end', () => {
          received.push(String(req.headers['landfall-event-type']));
          if (failNext > 0) {
            failNext--;
            res.writeHead(500).end('down');
          } else res.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
      a = await startAdminBrowser(db());
      await a.signIn();
    });
    after(async () => {
      await a?.close();
      await new Promise<void>((r) => receiver?.close(() => r()));
    });
    const deliver = () => deliverDueWebhooks(a.t.deps, { timeoutMs: 2_000 });

    test('a bad URL is refused next to its field; a good endpoint is registered and its secret shown once', async () => {
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
      await a.page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
      await a.page.getByText('No endpoint is registered.').waitFor();
      await a.page.getByLabel('URL').fill('ftp://example.com/hooks');
      await a.page.getByRole('button', { name: 'Register endpoint' }).click();
      await a.page.locator('#endpoint-url-error').filter({ hasText: 'http:// or https://' }).waitFor();
      assert.equal((await a.call('GET', '/v1/admin/webhooks')).body.items.length, 0);

      await a.page.getByLabel('URL').fill(url);
      await a.page.getByLabel('Event types').fill('product.*, order.paid');
      await a.page.getByRole('button', { name: 'Register endpoint' }).click();
      const secret = await a.page.getByTestId('webhook-secret').innerText();
      assert.match(secret, /^whsec_[A-Za-z0-9_-]{43}$/);
      await a.page.getByRole('row', { name: new RegExp(url) }).filter({ hasText: 'product.*, order.paid' }).waitFor();
      const listed = (await a.call('GET', '/v1/admin/webhooks')).body.items;
      assert.deepEqual(listed.map((e: any) => [e.url, e.eventTypes]), [[url, ['product.*', 'order.paid']]]);
    });

    test('a failed delivery shows its answer; sending it again delivers it', async () => {
      const created = await a.call('POST', '/v1/admin/products', {
        handle: 'webhook-tee',
        hsCode: '610910',
        originCountry: 'VN',
        translations: { en: { title: 'Webhook tee' } },
        variants: [{ sku: 'WH-TEE-1', price: { amount: '25.00', currency: 'USD' }, weightKg: '0.2' }],
      });
      assert.equal(created.status, 201);
      assert.deepEqual(await deliver(), { attempted: 1, delivered: 0, retrying: 1, failed: 0 });
      assert.deepEqual(received, ['product.created']);

      await a.page.reload();
      const row = a.page.locator('#deliveries tbody tr').first();
      await row.filter({ hasText: 'HTTP 500' }).waitFor();
      assert.match(await row.innerText(), /product\.created\t.*\/hooks\tpending\t1\tHTTP 500/);
      await a.page.getByLabel('Status').selectOption('delivered');
      await a.page.getByText('No deliveries match.').waitFor();
      await a.page.getByLabel('Status').selectOption('');
      await a.page.getByRole('button', { name: 'Send the product.created delivery again' }).click();
      await a.page.getByRole('status').filter({ hasText: 'The product.created delivery will be sent again within seconds.' }).waitFor();

      assert.deepEqual(await deliver(), { attempted: 1, delivered: 1, retrying: 0, failed: 0 });
      await a.page.reload();
      await a.page.locator('#deliveries tbody tr').first().filter({ hasText: 'delivered' }).waitFor();
      assert.match(await a.page.locator('#deliveries tbody tr').first().innerText(), /product\.created\t.*\tdelivered\t2\tHTTP 204\tdelivered 2026-11-27/);
      assert.deepEqual(received, ['product.created', 'product.created']);
      assert.deepEqual(a.errors(), []);
    });
  });
});
