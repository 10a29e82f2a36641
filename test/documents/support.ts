import assert from 'node:assert/strict';
import { extractText, getDocumentProxy } from 'unpdf';
import { createCart, placePaidOrder, said, type CheckoutServer } from '../checkout/support.js';

/** The text of every page of a PDF, as a PDF parser reads it, with runs of white space made one space. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ').trim();
}

/** A document over HTTP (in-process), with the admin key unless `key` says otherwise (null: none). */
export async function getDocument(s: CheckoutServer, url: string, key: string | null = s.adminKey) {
  const res = await s.app.inject({ method: 'GET', url, headers: key ? { authorization: `Bearer ${key}` } : {} });
  const type = String(res.headers['content-type'] ?? '');
  return { status: res.statusCode, type, disposition: String(res.headers['content-disposition'] ?? ''), bytes: new Uint8Array(res.rawPayload), json: type.includes('json') ? res.json() : undefined };
}

/** Assert a PDF answer and return its text. */
export async function pdfOf(s: CheckoutServer, url: string): Promise<string> {
  const r = await getDocument(s, url);
  assert.equal(r.status, 200, `${url}: ${r.status} ${JSON.stringify(r.json)}`);
  assert.equal(r.type, 'application/pdf');
  assert.equal(new TextDecoder().decode(r.bytes.slice(0, 5)), '%PDF-');
  return pdfText(r.bytes);
}

/** Assert a problem answer: status, code and the field it names. */
export async function refused(s: CheckoutServer, url: string, status: number, code: string, field: string, key?: string | null) {
  const r = await getDocument(s, url, key === undefined ? s.adminKey : key);
  assert.equal(r.status, status, `${url}: ${JSON.stringify(r.json)}`);
  assert.match(r.type, /^application\/problem\+json/);
  assert.equal(r.json.code, code, JSON.stringify(r.json));
  if (field) assert.equal(r.json.errors?.[0]?.field, field, JSON.stringify(r.json));
  return r.json;
}

export type Buyer = { name: string; lines: string[]; city: string; postalCode: string; phone?: string };

/** A cart to `country` for `buyer`, with the delivery option picked when given; returns the cart. */
export async function cartFor(s: CheckoutServer, market: string, country: string, buyer: Buyer, lines: Array<{ sku: string; quantity: number }>, deliveryOption?: string): Promise<any> {
  const email = `${buyer.name.normalize('NFKD').replace(/[^a-zA-Z]/g, '').toLowerCase() || 'buyer'}-${Math.abs(hash(JSON.stringify([buyer, lines])))}@example.com`;
  const cart = await createCart(s, { market, country, email, address: { ...buyer, country }, lines });
  assert.deepEqual(cart.problems, [], JSON.stringify(cart.problems));
  if (deliveryOption) {
    const r = await s.call('PATCH', `/v1/carts/${cart.id}`, { body: { deliveryOption } });
    assert.equal(r.status, 200, said(r));
    return r.body;
  }
  return cart;
}

export async function paidOrderFor(s: CheckoutServer, market: string, country: string, buyer: Buyer, lines: Array<{ sku: string; quantity: number }>, deliveryOption?: string): Promise<any> {
  const cart = await cartFor(s, market, country, buyer, lines, deliveryOption);
  return placePaidOrder(s, cart.id);
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.codePointAt(0)!) | 0;
  return h;
}

/** Minor units of an amount text ("21.40" -> 2140). */
export function minorOf(amount: string): number {
  return Number(amount.replace('.', ''));
}

/** "21.40" from minor units with 2 decimals. */
export function amountText(minor: number, decimals = 2): string {
  if (decimals === 0) return String(minor);
  return `${Math.trunc(minor / 10 ** decimals)}.${String(minor % 10 ** decimals).padStart(decimals, '0')}`;
}
