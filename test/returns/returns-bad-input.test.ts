import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cancelReturn } from '../../src/services/returns/decide-return.js';
import { activeParcels } from '../carriers/support.js';
import { checkout, placePaidOrder, readyCart, said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { describeWithDatabases } from '../support/test-database.js';
import { adminReturn, askReturn, buyerReturns, deliveredOrder, refusal, returnCounts, step } from './support.js';

describeWithDatabases('returns: bad input and steps out of order are refused, naming the field, changing nothing', (db) => {
  let s: CheckoutServer;
  let o: any; // 3 tees and 2 robusta to the Netherlands, delivered from Venlo
  before(async () => {
    s = await startCheckoutServer(db());
    o = await deliveredOrder(s, 'eu', 'NL', [{ sku: 'TEE-LAN-M', quantity: 3 }, { sku: 'COF-ROB-250', quantity: 2 }]);
  });
  after(() => s.close());

  /** POST a return request and check the refusal and that nothing was stored, sold or sent. */
  const refused = async (number: string, body: unknown, expected: [number, string, string[]], detail?: RegExp) => {
    const before = await returnCounts(s);
    const r = await s.call('POST', buyerReturns(number), { body });
    assert.deepEqual(refusal(r), expected, `${JSON.stringify(body)}: ${said(r)}`);
    assert.match(r.headers.get('content-type') ?? '', /application\/problem\+json/);
    if (detail) assert.match(r.body.detail, detail);
    assert.deepEqual(await returnCounts(s), before, `${JSON.stringify(body)} changed nothing`);
  };
  const line = (extra: Record<string, unknown> = {}) => ({ sku: 'TEE-LAN-M', quantity: 1, reason: 'damaged', ...extra });

  test('the buyer\'s request: every malformed field named', async () => {
    const e = o.email;
    const cases: Array<[unknown, [number, string, string[]]]> = [
      [{ lines: [line()] }, [400, 'VALIDATION_FAILED', ['email']]],
      [{ email: 'not-an-email', lines: [line()] }, [400, 'VALIDATION_FAILED', ['email']]],
      [{ email: e }, [400, 'VALIDATION_FAILED', ['lines']]],
      [{ email: e, lines: [] }, [400, 'VALIDATION_FAILED', ['lines']]],
      [{ email: e, lines: [line()], refund: true }, [400, 'VALIDATION_FAILED', ['refund']]],
      [{ email: e, lines: ['TEE-LAN-M'] }, [400, 'VALIDATION_FAILED', ['lines[0]']]],
      [{ email: e, lines: [line({ sku: 'tee lan' })] }, [400, 'VALIDATION_FAILED', ['lines[0].sku']]],
      [{ email: e, lines: [line({ quantity: 0 })] }, [400, 'VALIDATION_FAILED', ['lines[0].quantity']]],
      [{ email: e, lines: [line({ quantity: 1.5 })] }, [400, 'VALIDATION_FAILED', ['lines[0].quantity']]],
      [{ email: e, lines: [line({ quantity: '1' })] }, [400, 'VALIDATION_FAILED', ['lines[0].quantity']]],
      [{ email: e, lines: [line({ reason: 'bored' })] }, [400, 'VALIDATION_FAILED', ['lines[0].reason']]],
      [{ email: e, lines: [line({ reason: 'other' })] }, [400, 'VALIDATION_FAILED', ['lines[0].note']]],
      [{ email: e, lines: [line({ note: 'x'.repeat(501) })] }, [400, 'VALIDATION_FAILED', ['lines[0].note']]],
      [{ email: e, lines: [line({ note: 'bad\u0000note' })] }, [400, 'VALIDATION_FAILED', ['lines[0].note']]],
      [{ email: e, lines: [line({ price: '1.00' })] }, [400, 'VALIDATION_FAILED', ['lines[0].price']]],
      [{ email: e, lines: [line(), line({ sku: 'MUG-0000' })] }, [400, 'VALIDATION_FAILED', ['lines[1].sku']]],
      [{ email: e, lines: [line({ quantity: 4 })] }, [422, 'RETURN_NOT_RETURNABLE', ['lines[0].quantity']]],
      // The same line twice (two reasons) beyond its three units.
      [{ email: e, lines: [line({ quantity: 2 }), line({ quantity: 2, reason: 'size_or_fit' })] }, [422, 'RETURN_NOT_RETURNABLE', ['lines[1].quantity']]],
    ];
    for (const [body, expected] of cases) await refused(o.number, body, expected);
    await refused(o.number, { email: e, lines: [line({ quantity: 2 }), line({ quantity: 2, reason: 'size_or_fit' })] }, [422, 'RETURN_NOT_RETURNABLE', ['lines[1].quantity']], /only 3 units of TEE-LAN-M can be returned \(3 shipped\); this request asks for 4 in all/);
    const notObject = await s.call('POST', buyerReturns(o.number), { body: [line()] });
    assert.deepEqual(refusal(notObject), [400, 'VALIDATION_FAILED', ['body']]);
  });

  test('a wrong email answers like an unknown order; so does a number that does not exist', async () => {
    await refused(o.number, { email: 'someone@example.com', lines: [line()] }, [404, 'ORDER_NOT_FOUND', ['number']], /no order with this number and email/);
    await refused('LF-999999', { email: o.email, lines: [line()] }, [404, 'ORDER_NOT_FOUND', ['number']]);
    const list = await s.call('GET', `${buyerReturns(o.number)}?email=someone@example.com`);
    assert.deepEqual(refusal(list), [404, 'ORDER_NOT_FOUND', ['number']]);
  });

  test('orders that take no return: unpaid, cancelled, nothing shipped; a line whose parcel has not left; lines from two warehouses', async () => {
    const unpaidCart = await readyCart(s, 'eu', 'NL', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const unpaid = (await checkout(s, unpaidCart.id)).body.order;
    await refused(unpaid.number, { email: unpaid.email, lines: [line()] }, [409, 'ORDER_STATE_CONFLICT', ['status']], /is not paid/);

    const paid = await placePaidOrder(s, (await readyCart(s, 'eu', 'NL', [{ sku: 'TEE-LAN-M', quantity: 1 }])).id);
    await refused(paid.number, { email: paid.email, lines: [line()] }, [409, 'ORDER_STATE_CONFLICT', ['status']], /nothing of order .* has shipped/);
    const cancelled = await s.admin('POST', `/v1/admin/orders/${paid.number}/cancel`, { body: { reason: 'buyer asked' } });
    assert.equal(cancelled.status, 200, said(cancelled));
    await refused(paid.number, { email: paid.email, lines: [line()] }, [409, 'ORDER_STATE_CONFLICT', ['status']], /is cancelled/);

    // The tea set ships from Hội An, the tees from Venlo: only the Hội An parcel has left.
    const split = await placePaidOrder(s, (await readyCart(s, 'eu', 'DE', [{ sku: 'CER-TEA-LOT', quantity: 1 }, { sku: 'TEE-LAN-M', quantity: 2 }])).id);
    assert.deepEqual(split.shipments.map((x: any) => x.warehouse), ['vn-hoian', 'nl-venlo']);
    const shipped = await s.admin('POST', `/v1/admin/orders/${split.number}/shipments/0/ship`, { body: { trackingNumber: 'EE123456789VN' } });
    assert.equal(shipped.status, 200, said(shipped));
    await refused(split.number, { email: split.email, lines: [line({ quantity: 1 })] }, [422, 'RETURN_NOT_RETURNABLE', ['lines[0].sku']], /TEE-LAN-M has not shipped yet/);
    const second = await s.admin('POST', `/v1/admin/orders/${split.number}/shipments/1/ship`, { body: { trackingNumber: 'RR123456785NL' } });
    assert.equal(second.status, 200, said(second));
    await refused(split.number, { email: split.email, lines: [{ sku: 'CER-TEA-LOT', quantity: 1, reason: 'damaged' }, line()] }, [422, 'RETURN_NOT_RETURNABLE', ['lines[1].sku']], /shipped from nl-venlo, the other lines from vn-hoian/);
    // One at a time they are fine, each back to its own warehouse; parcels shipped by hand (no carrier events) give the operator's dates.
    const tea = await askReturn(s, split, [{ sku: 'CER-TEA-LOT', quantity: 1, reason: 'damaged' }]);
    await step(s, tea.id, 'approve', { label: false });
    const got = await step(s, tea.id, 'receive');
    const order = (await s.admin('GET', `/v1/admin/orders/${split.number}`)).body;
    assert.deepEqual([got.warehouse, got.relief[0].exportTrackingNumber, got.relief[0].shippedAt, got.relief[0].shippedSource, got.relief[0].deliveredAt], ['vn-hoian', 'EE123456789VN', order.shipments[0].shippedAt, 'operator', null]);
  });

  test('admin steps: unknown returns, malformed bodies, and each step out of order (409 naming the state)', async () => {
    const r = await askReturn(s, o, [line({ quantity: 1 })]);
    const admin = async (path: string, body: unknown, expected: [number, string, string[]], detail?: RegExp, method = 'POST') => {
      const before = [await returnCounts(s), (await s.admin('GET', adminReturn(r.id))).body.status];
      const answer = await s.admin(method, path, body === undefined ? {} : { body });
      assert.deepEqual(refusal(answer), expected, `${path} ${JSON.stringify(body)}: ${said(answer)}`);
      if (detail) assert.match(answer.body.detail, detail);
      assert.deepEqual([await returnCounts(s), (await s.admin('GET', adminReturn(r.id))).body.status], before, `${path} changed nothing`);
    };
    await admin(adminReturn('00000000-0000-4000-8000-000000000000', 'approve'), {}, [404, 'RETURN_NOT_FOUND', ['id']]);
    await admin(adminReturn('not-a-uuid'), undefined, [400, 'VALIDATION_FAILED', ['id']], undefined, 'GET');
    await admin('/v1/admin/returns?status=lost', undefined, [400, 'VALIDATION_FAILED', ['status']], /requested, approved/, 'GET');
    await admin('/v1/admin/returns?limit=0', undefined, [400, 'VALIDATION_FAILED', ['limit']], undefined, 'GET');
    await admin(adminReturn(r.id, 'approve'), { label: 'yes' }, [400, 'VALIDATION_FAILED', ['label']]);
    await admin(adminReturn(r.id, 'approve'), { label: false, testScenario: 'returned' }, [400, 'VALIDATION_FAILED', ['testScenario']]);
    await admin(adminReturn(r.id, 'approve'), { carrier: 'fast' }, [400, 'VALIDATION_FAILED', ['carrier']]);
    await admin(adminReturn(r.id, 'reject'), {}, [400, 'VALIDATION_FAILED', ['reason']]);
    await admin(adminReturn(r.id, 'reject'), { reason: '   ' }, [400, 'VALIDATION_FAILED', ['reason']]);
    await admin(adminReturn(r.id, 'receive'), { lines: [{ sku: 'TEE-LAN-M', quantity: 1, restock: true }] }, [409, 'RETURN_STATE_CONFLICT', ['status']], /the return is requested; it cannot be received/);
    await admin(adminReturn(r.id, 'refund'), {}, [409, 'RETURN_STATE_CONFLICT', ['status']], /it cannot be refunded/);
    await admin(adminReturn(r.id, 'refund'), { amount: '5.00' }, [400, 'VALIDATION_FAILED', ['amount']]);

    await step(s, r.id, 'approve');
    await admin(adminReturn(r.id, 'reject'), { reason: 'too late' }, [409, 'RETURN_STATE_CONFLICT', ['status']], /the return is label_created; it cannot be rejected/);
    await admin(adminReturn(r.id, 'refund'), {}, [409, 'RETURN_STATE_CONFLICT', ['status']], /label_created/);
    await admin(adminReturn(r.id, 'receive'), { lines: [{ sku: 'COF-ROB-250', quantity: 1, restock: true }] }, [400, 'VALIDATION_FAILED', ['lines[0].sku']], /not in this return/);
    await admin(adminReturn(r.id, 'receive'), { lines: [{ sku: 'TEE-LAN-M', quantity: 2, restock: true }] }, [422, 'RETURN_NOT_RETURNABLE', ['lines[0].quantity']], /asked for 1 unit of TEE-LAN-M/);
    await admin(adminReturn(r.id, 'receive'), { lines: [{ sku: 'TEE-LAN-M', quantity: 1 }] }, [400, 'VALIDATION_FAILED', ['lines[0].restock']]);
    await admin(adminReturn(r.id, 'receive'), { lines: [] }, [400, 'VALIDATION_FAILED', ['lines']]);

    // After pickup the carrier will not void the label: the cancel is refused and nothing changes.
    const later = { ...s.deps, clock: () => new Date(s.deps.clock().getTime() + 3 * 3_600_000) };
    const before = await returnCounts(s);
    const late = await cancelReturn(later, r.id, {});
    assert.deepEqual([late.ok, !late.ok && late.code, !late.ok && late.field], [false, 'RETURN_STATE_CONFLICT', 'status']);
    assert.deepEqual(await returnCounts(s), before);
    assert.equal(await activeParcels(s, `return:${r.id}`), 1);
    // Before pickup it is voided at the carrier and the return is cancelled; its units can be asked for again.
    const cancelled = await step(s, r.id, 'cancel', { reason: 'buyer kept it' });
    assert.deepEqual([cancelled.status, cancelled.cancelReason], ['cancelled', 'buyer kept it']);
    assert.equal(await activeParcels(s, `return:${r.id}`), 0);
    assert.equal((await s.admin('GET', adminReturn(r.id, 'label'))).status, 404);
    await admin(adminReturn(r.id, 'receive'), {}, [409, 'RETURN_STATE_CONFLICT', ['status']], /the return is cancelled/);
    await admin(adminReturn(r.id, 'approve'), {}, [409, 'RETURN_STATE_CONFLICT', ['status']], /the return is cancelled/);
    const list = await s.call('GET', `${buyerReturns(o.number)}?email=${encodeURIComponent(o.email)}`);
    assert.deepEqual(list.body.returnable.find((l: any) => l.sku === 'TEE-LAN-M'), { sku: 'TEE-LAN-M', left: 3 });
  });

  test('rejected with the reason the buyer sees; its units are free again', async () => {
    const r = await askReturn(s, o, [{ sku: 'COF-ROB-250', quantity: 2, reason: 'no_longer_needed' }]);
    const rejected = await step(s, r.id, 'reject', { reason: 'Food cannot be returned once delivered' });
    assert.deepEqual([rejected.status, rejected.rejectReason], ['rejected', 'Food cannot be returned once delivered']);
    assert.ok(rejected.rejectedAt);
    assert.ok((await s.orderEvents(o.id)).includes('return.rejected'));
    const mine = (await s.call('GET', `${buyerReturns(o.number)}?email=${encodeURIComponent(o.email)}`)).body;
    assert.deepEqual(mine.items.find((x: any) => x.id === r.id).rejectReason, 'Food cannot be returned once delivered');
    assert.deepEqual(mine.returnable.find((l: any) => l.sku === 'COF-ROB-250'), { sku: 'COF-ROB-250', left: 2 });
  });
});
