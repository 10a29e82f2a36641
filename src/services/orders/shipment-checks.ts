import type { Channel } from '../../core/compliance/restricted-goods.js';
import type { CheckoutDeps } from '../checkout/checkout-deps.js';
import { checkGoods, heldLicences } from '../compliance/restrictions.js';

/** The lines of a parcel the restricted-goods rules stop in the destination by the parcel's channel (licences held counted). */
export async function restrictedInShipment(deps: CheckoutDeps, p: { country: string; channel: Channel; skus: string[]; date: string }): Promise<Array<{ sku: string; rule: string; detail: string }>> {
  const [goods, licences] = await Promise.all([deps.goodsRestrictions.goodsBySku(p.skus), heldLicences(deps, p.date)]);
  const out: Array<{ sku: string; rule: string; detail: string }> = [];
  for (const sku of p.skus) {
    const g = goods.get(sku);
    if (!g) continue;
    const check = checkGoods({ hsCode: g.hsCode, texts: g.texts, material: g.material, categories: g.categories, tags: g.tags }, { country: p.country, date: p.date, locale: 'en', channel: p.channel }, licences);
    const first = check.findings.find((f) => f.blocks !== 'none');
    if (!check.allowed && first) out.push({ sku, rule: first.rule, detail: first.detail });
  }
  return out;
}
