import type { RateCard } from '../../core/shipping/rate-card.js';
import { validateRateCard } from '../../core/shipping/validate-rate-card.js';
import type { ShippingChannel } from '../../core/shipping/validate-shipping-service.js';
import type { RateCardListRow, RateCardRow, ShippingServiceRow } from '../../db/repositories/shipping-repository.js';

/** A shipping service as the API shows it. */
export type ShippingServiceView = { code: string; carrier: string; name: string; channel: ShippingChannel };

/** A rate card as the API shows it: its dates, source and the card itself (amounts in minor units of `currency`). */
export type RateCardView = {
  id: string;
  service: string;
  warehouse: string;
  currency: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  card: RateCard;
};

export function toServiceView(row: ShippingServiceRow): ShippingServiceView {
  return { code: row.code, carrier: row.carrier, name: row.name, channel: row.channel as ShippingChannel };
}

export function toRateCardView(row: RateCardListRow): RateCardView {
  return {
    id: row.id,
    service: row.serviceCode,
    warehouse: row.warehouseCode,
    currency: row.currency,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    source: row.source,
    card: storedCard(row),
  };
}

/** The typed card of a stored row (it was validated when written; a row that no longer is, is a bug). */
export function storedCard(row: Pick<RateCardRow, 'id' | 'card'>): RateCard {
  // A stored card never changes (a new one is added with its own dates), so its checked form is kept.
  const known = checkedCards.get(row.id);
  if (known) return known;
  const r = validateRateCard(row.card);
  if (!r.ok) throw new Error(`stored rate card ${row.id} is invalid: ${r.message}`);
  if (checkedCards.size >= 1_000) checkedCards.delete(checkedCards.keys().next().value!);
  checkedCards.set(row.id, r.value);
  return r.value;
}

const checkedCards = new Map<string, RateCard>();
