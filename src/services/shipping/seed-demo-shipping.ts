import { validateRateCard } from '../../core/shipping/validate-rate-card.js';
import { validateShippingService } from '../../core/shipping/validate-shipping-service.js';
import { DEMO_RATE_CARDS, DEMO_SHIPPING_SERVICES } from '../../data/demo/shipping.js';
import type { Repositories } from '../deps.js';

/**
 * The demo store's shipping services and rate cards (src/data/demo/shipping.ts), written through
 * the repositories of the seed step's transaction. Warehouses are found by code, so the
 * `demo-warehouses` step must have run. Services are upserted; a card is added only where its
 * service and warehouse have none yet, so running it again changes nothing. Bad demo data is a bug
 * and throws.
 */
export async function seedDemoShipping(repos: Pick<Repositories, 'shipping' | 'warehouses'>, at: Date): Promise<void> {
  const serviceIds = new Map<string, string>();
  for (const s of DEMO_SHIPPING_SERVICES) {
    const service = validateShippingService(s);
    if (!service.ok) throw new Error(`demo shipping service ${s.code} is invalid: ${service.message}`);
    serviceIds.set(s.code, (await repos.shipping.upsertService(service.value, at)).id);
  }
  for (const c of DEMO_RATE_CARDS) {
    const card = validateRateCard(c.card);
    if (!card.ok) throw new Error(`demo rate card ${c.service}/${c.warehouse} is invalid: ${card.message}`);
    const warehouse = await repos.warehouses.getByCode(c.warehouse);
    if (!warehouse) throw new Error(`demo rate card ${c.service}/${c.warehouse}: no warehouse ${c.warehouse} (the demo-warehouses step must run first)`);
    const serviceId = serviceIds.get(c.service);
    if (!serviceId) throw new Error(`demo rate card ${c.service}/${c.warehouse}: no demo service ${c.service}`);
    // Idempotent: a service and warehouse that already have cards (an earlier seed, or the
    // merchant's own) keep them; a seeder running at the same time is not an error.
    if ((await repos.shipping.listRateCards({ serviceId, warehouseId: warehouse.id })).length > 0) continue;
    await repos.shipping.insertRateCardIfAbsent({ serviceId, warehouseId: warehouse.id, currency: card.value.currency, effectiveFrom: c.effectiveFrom, effectiveTo: c.effectiveTo, source: c.source, card: card.value });
  }
}
