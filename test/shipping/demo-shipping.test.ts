/**
 * The demo store's shipping data (src/data/demo/shipping.ts) without a database: every card is
 * valid as written, covers every country of every market its warehouse serves, and every warehouse
 * ships by a postal and a courier service.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findZone, quoteRate } from '../../src/core/shipping/quote-rate.js';
import { validateRateCard } from '../../src/core/shipping/validate-rate-card.js';
import { validateShippingService } from '../../src/core/shipping/validate-shipping-service.js';
import { DEMO_MARKETS } from '../../src/data/demo/markets.js';
import { DEMO_RATE_CARDS, DEMO_SHIPPING_SERVICES } from '../../src/data/demo/shipping.js';
import { DEMO_STORE } from '../../src/data/demo/store.js';
import { DEMO_WAREHOUSES } from '../../src/data/demo/warehouses.js';

describe('demo shipping data', () => {
  it('services are valid, with unique codes', () => {
    for (const s of DEMO_SHIPPING_SERVICES) assert.ok(validateShippingService(s).ok, s.code);
    assert.equal(new Set(DEMO_SHIPPING_SERVICES.map((s) => s.code)).size, DEMO_SHIPPING_SERVICES.length);
  });

  it('every card is valid exactly as written, in the base currency, dated and sourced', () => {
    for (const c of DEMO_RATE_CARDS) {
      const r = validateRateCard(c.card);
      assert.ok(r.ok, `${c.service}: ${r.ok ? '' : r.message}`);
      assert.deepEqual(r.value, c.card, `${c.service} is written in its validated form`);
      assert.equal(c.card.currency, DEMO_STORE.baseCurrency);
      assert.match(c.effectiveFrom, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(c.source, /illustrative demo prices/i);
      assert.ok(DEMO_SHIPPING_SERVICES.some((s) => s.code === c.service), c.service);
    }
  });

  it('each warehouse ships abroad by one postal and one courier service, covering every country of every market it serves', () => {
    for (const w of DEMO_WAREHOUSES) {
      // A domestic card covers only the warehouse's own country (Vietnam from Hội An).
      const isDomestic = (c: (typeof DEMO_RATE_CARDS)[number]) => c.card.zones.every((z) => z.countries.every((country) => country === w.country));
      const all = DEMO_RATE_CARDS.filter((c) => c.warehouse === w.code);
      const cards = all.filter((c) => !isDomestic(c));
      const channels = cards.map((c) => DEMO_SHIPPING_SERVICES.find((s) => s.code === c.service)!.channel).sort();
      assert.deepEqual(channels, ['courier', 'postal'], w.code);
      const countries = DEMO_MARKETS.filter((m) => w.markets.includes(m.id)).flatMap((m) => m.countries);
      assert.ok(countries.length > 0);
      for (const card of cards) {
        for (const country of countries.filter((c) => c !== w.country)) assert.ok(findZone(card.card.zones, country), `${card.service} from ${w.code} has no zone for ${country}`);
      }
      if (countries.includes(w.country)) assert.ok(all.some((card) => findZone(card.card.zones, w.country)), `${w.code} sells at home but no card has a zone for ${w.country}`);
    }
  });

  it('the cards price believably: express dearer and faster than postal, to every country, for a 1 kg parcel', () => {
    for (const w of DEMO_WAREHOUSES) {
      const [postal, express] = ['postal', 'courier'].map((ch) => DEMO_RATE_CARDS.find((c) => c.warehouse === w.code && DEMO_SHIPPING_SERVICES.find((s) => s.code === c.service)!.channel === ch)!);
      for (const zone of postal!.card.zones) {
        for (const country of zone.countries) {
          const p = quoteRate(postal!.card, { weightG: 1000, volumeMm3: 1_000_000 }, { country });
          const e = quoteRate(express!.card, { weightG: 1000, volumeMm3: 1_000_000 }, { country });
          assert.ok(p.ok && e.ok);
          assert.ok(e.value.total > p.value.total, `${w.code} ${country}: express ${e.value.total} <= postal ${p.value.total}`);
          assert.ok(e.value.transitDays.max <= p.value.transitDays.max, `${w.code} ${country}: express not faster`);
          assert.ok(p.value.total >= 300 && e.value.total <= 20_000, `${w.code} ${country}: USD ${p.value.total / 100} / ${e.value.total / 100}`);
        }
      }
    }
  });
});
