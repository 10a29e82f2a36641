import { PRICE_LIST_CODE, failed } from '../../../core/b2b/company-input.js';
import { checkWholesaleItem, type WholesaleItem } from '../../../core/b2b/wholesale-price.js';
import { isIsoDate } from '../../../core/calendar/iso-date.js';
import { checkSku } from '../../../core/checkout/cart-input.js';
import { isCurrency } from '../../../core/money/currencies.js';
import { ok, type FieldIssue, type Result } from '../../../core/result/result.js';

/** The most items one price list holds (one PUT writes them all). */
export const MAX_PRICE_LIST_ITEMS = 5000;

export type PriceListInput = {
  code: string;
  name: string;
  currency: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  items: Array<{ sku: string } & WholesaleItem>;
};

const FIELDS = ['name', 'currency', 'validFrom', 'validTo', 'note', 'items'];
const ITEM_FIELDS = ['sku', 'minOrderQuantity', 'orderMultiple', 'tiers'];

/**
 * Check a whole price list as PUT: code (from the path), name, currency, dates (`validTo` exclusive,
 * after `validFrom`, or null: open-ended) and items `{ sku, minOrderQuantity, orderMultiple, tiers }`,
 * each SKU once. Every problem at once, by path (`items[3].tiers[1].minQuantity`).
 */
export function parsePriceListInput(code: string, input: unknown): Result<PriceListInput, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => void issues.push({ field, message });
  if (!PRICE_LIST_CODE.test(code)) add('code', 'must be 1 to 40 lower-case letters, digits, - and _, starting with a letter or digit');
  const b = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  if (!b) return failed([...issues, { field: 'body', message: 'must be a JSON object' }]);
  for (const key of Object.keys(b)) if (!FIELDS.includes(key)) add(key, `is not a field of a price list (fields: ${FIELDS.join(', ')})`);
  const name = typeof b.name === 'string' && b.name.trim().length >= 1 && b.name.trim().length <= 100 && !/[\u0000-\u001f]/.test(b.name) ? b.name.trim() : undefined;
  if (!name) add('name', 'must be text of 1 to 100 characters');
  const currency = typeof b.currency === 'string' && isCurrency(b.currency) ? b.currency : undefined;
  if (!currency) add('currency', 'must be an ISO 4217 currency code like EUR');
  const validFrom = typeof b.validFrom === 'string' && isIsoDate(b.validFrom) ? b.validFrom : undefined;
  if (!validFrom) add('validFrom', 'must be a date YYYY-MM-DD');
  let validTo: string | null = null;
  if (b.validTo !== undefined && b.validTo !== null) {
    if (typeof b.validTo !== 'string' || !isIsoDate(b.validTo)) add('validTo', 'must be a date YYYY-MM-DD (exclusive), or null for open-ended');
    else if (validFrom && b.validTo <= validFrom) add('validTo', `must be after validFrom ${validFrom} (it is exclusive)`);
    else validTo = b.validTo;
  }
  let note: string | null = null;
  if (b.note !== undefined && b.note !== null) {
    if (typeof b.note !== 'string' || b.note.length > 2000) add('note', 'must be text of at most 2000 characters');
    else note = b.note.trim() || null;
  }
  const items: PriceListInput['items'] = [];
  if (!Array.isArray(b.items) || b.items.length > MAX_PRICE_LIST_ITEMS) add('items', `must be a list of at most ${MAX_PRICE_LIST_ITEMS} items (an empty list empties the price list)`);
  else {
    const seen = new Map<string, number>();
    b.items.forEach((raw, i) => {
      const at = `items[${i}]`;
      const o = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
      if (!o) return add(at, 'must be an object { sku, minOrderQuantity, orderMultiple, tiers }');
      for (const key of Object.keys(o)) if (!ITEM_FIELDS.includes(key)) add(`${at}.${key}`, `is not a field of an item (fields: ${ITEM_FIELDS.join(', ')})`);
      const sku = checkSku(o.sku, `${at}.sku`, add);
      if (sku !== undefined) {
        const first = seen.get(sku);
        if (first !== undefined) add(`${at}.sku`, `${sku} is already items[${first}]`);
        else seen.set(sku, i);
      }
      const item = checkWholesaleItem({ minOrderQuantity: o.minOrderQuantity, orderMultiple: o.orderMultiple, tiers: o.tiers }, at);
      if (!item.ok) add(item.field ?? at, item.message);
      else if (sku !== undefined) items.push({ sku, ...item.value });
    });
  }
  if (issues.length > 0 || !name || !currency || !validFrom) return failed(issues);
  return ok({ code, name, currency, validFrom, validTo, note, items });
}
