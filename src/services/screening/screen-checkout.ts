import type { AddressQuery } from '../../core/screening/address.js';
import { screenAddressOf, screenParty, type ScreeningDeps } from './screen-party.js';

/** Who or what was screened at checkout. */
export type ScreenedRole = 'consignee' | 'buyer' | 'billing' | 'delivery address' | 'billing address';

export type CheckoutScreening = {
  /** The worst decision over everything screened. */
  decision: 'clear' | 'potential_match' | 'match';
  /** The screening that decided (its id in the history), the role it screened, and its best match. */
  screeningId: string | null;
  role: ScreenedRole | null;
  /** The input field of what decided (`address.name`, `risk.customer.name`, `address.postalCode`, ...). */
  field: string | null;
  match: { list: string; id: string; name: string; score: number } | null;
  failure: string | null;
  /** Every screening made, for the order's record. */
  screened: Array<{ role: ScreenedRole; decision: 'clear' | 'potential_match' | 'match'; screeningId: string | null }>;
};

export type CheckoutParties = {
  consignee: { name: string; country: string };
  /** The buyer's name when it differs from the consignee's (from the checkout's risk context). */
  buyer?: { name: string; country: string } | undefined;
  billing?: { name: string | null; country: string; address: AddressQuery | null } | undefined;
  delivery: AddressQuery;
};

const RANK = { clear: 0, potential_match: 1, match: 2 } as const;
const FIELDS: Record<ScreenedRole, string> = { consignee: 'address.name', buyer: 'risk.customer.name', billing: 'risk.billing.name', 'delivery address': 'address', 'billing address': 'risk.billing' };

/**
 * Screen a checkout against the active denied-party lists: the consignee (the name on the delivery
 * address), the buyer and the billing party when they are someone else, and the delivery and
 * billing addresses (a listed door holds for review; a sanctioned destination blocks or holds, by
 * src/data/compliance/sanctioned-regions.ts). No list imported and no sanctioned destination:
 * null (nothing to screen against). A screening that fails does not let the order through unseen: it counts as a potential
 * match, with the failure stated.
 */
export async function screenCheckoutParties(deps: ScreeningDeps, parties: CheckoutParties, reference: string): Promise<CheckoutScreening | null> {
  const out: CheckoutScreening = { decision: 'clear', screeningId: null, role: null, field: null, match: null, failure: null, screened: [] };
  const names: Array<{ role: ScreenedRole; name: string; country: string }> = [{ role: 'consignee', ...parties.consignee }];
  const seen = new Set([key(parties.consignee.name, parties.consignee.country)]);
  for (const [role, p] of [['buyer', parties.buyer], ['billing', parties.billing?.name ? { name: parties.billing.name, country: parties.billing.country } : undefined]] as const) {
    if (p && !seen.has(key(p.name, p.country))) {
      seen.add(key(p.name, p.country));
      names.push({ role, name: p.name, country: p.country });
    }
  }
  const addresses: Array<{ role: ScreenedRole; address: AddressQuery }> = [{ role: 'delivery address', address: parties.delivery }];
  const billingAddress = parties.billing?.address;
  if (billingAddress && addressKey(billingAddress) !== addressKey(parties.delivery)) addresses.push({ role: 'billing address', address: billingAddress });

  const note = (role: ScreenedRole, decision: CheckoutScreening['decision'], screeningId: string | null, match: CheckoutScreening['match'], failure: string | null, field: string = FIELDS[role]) => {
    out.screened.push({ role, decision, screeningId });
    if (RANK[decision] > RANK[out.decision] || (out.role === null && decision !== 'clear')) {
      Object.assign(out, { decision, screeningId, role, field, match, failure });
    }
  };
  try {
    for (const n of names) {
      const r = await screenParty(deps, { name: n.name, country: n.country }, { record: true, source: 'checkout', reference });
      if (!r.ok && r.code === 'NO_LISTS') break;
      if (!r.ok) note(n.role, 'potential_match', null, null, `the ${n.role}'s name could not be screened: ${r.message}`);
      else {
        const best = r.value.matches[0];
        note(n.role, r.value.decision, r.value.id, best ? { list: best.list, id: best.id, name: best.name, score: best.score } : null, null);
      }
    }
    for (const a of addresses) {
      const r = await screenAddressOf(deps, a.address, { record: true, source: 'checkout', reference });
      if (!r.ok) continue;
      const best = r.value.matches[0];
      const field = best === undefined || best.field === 'lines' ? FIELDS[a.role] : a.role === 'delivery address' ? `address.${best.field}` : `risk.billing.${best.field === 'region' ? 'line1' : best.field}`;
      note(a.role, r.value.decision, r.value.id, best ? { list: best.list, id: best.id, name: best.name, score: best.score } : null, null, field);
    }
  } catch (error) {
    note(names[0]!.role, 'potential_match', null, null, `screening failed: ${(error as Error).message.slice(0, 200)}`);
  }
  // Nothing screened: no list imported, and no sanctioned destination.
  return out.screened.length === 0 ? null : out;
}

function key(name: string, country: string): string {
  return `${name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}|${country}`;
}

function addressKey(a: AddressQuery): string {
  return key([...a.lines, a.city, a.postalCode ?? ''].join(' '), a.country);
}

/** The billing party of a checkout's risk context, when it is usable (strings of sane length, a two-letter country). */
export function billingFromContext(value: unknown, fallbackCountry: string): CheckoutParties['billing'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const b = value as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim().length > 0 && v.length <= 200 ? v.trim() : null);
  const country = typeof b.country === 'string' && /^[A-Za-z]{2}$/.test(b.country) ? b.country.toUpperCase() : fallbackCountry;
  const line1 = text(b.line1);
  const city = text(b.city);
  return { name: text(b.name), country, address: line1 && city ? { lines: [line1], city, postalCode: text(b.postalCode), country } : null };
}
