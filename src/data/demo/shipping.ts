/**
 * The demo store's shipping: from each warehouse a postal economy service and an express courier
 * service, with one rate card each, in US dollars (the store's base currency; quotes convert into
 * the buyer market's currency).
 *
 * The figures are illustrative demo prices, written for the demo: they are shaped like real rate
 * cards (zones by destination country, weight breaks, a price per extra half kilo or kilo, a
 * volumetric divisor, a fuel surcharge, flat remote-area surcharges by postal code, transit times
 * in business days) and sit in believable ranges, but they are no carrier's published tariff, and
 * the carrier names are generic on purpose. A merchant replaces them with its own contract rates
 * through the admin API.
 *
 * Choices, and why:
 * - Postal services charge actual weight only, in whole grams (breaks do the stepping) and carry no
 *   fuel surcharge; couriers bill half-kilo steps, volumetric weight at 5000 cm³/kg and a fuel
 *   surcharge on the freight, as express carriers do.
 * - Remote areas are places couriers commonly surcharge: islands (Sylt, Helgoland, Corsica, the
 *   Balearic and Canary Islands, Shetland, the Outer Hebrides, Svalbard, Okinawa, the Chatham
 *   Islands), Alaska and Hawaii, Canada's northern territories (X and Y postal codes) and Australia's
 *   Northern Territory (08xx). Postal services have none.
 * - Every country of every market a warehouse serves is covered by its cards (warehouses.ts and
 *   markets.ts; test/shipping checks it): the international cards cover every country but the
 *   warehouse's own, which a domestic card covers where the warehouse sells at home (Vietnam from
 *   Hội An, ready for a Vietnamese market: the demo has none, since pricing in dong needs a VND
 *   rate and the ECB publishes none).
 * - The Vietnamese domestic courier is priced like the national couriers' published inter-province
 *   parcel tariffs of 2025 (about VND 35,000 for half a kilo, VND 10,000 a further kilo) at about
 *   VND 26,000 to the US dollar, with their one to three business days; cash on delivery is
 *   collected by that courier.
 */
import type { ShippingService } from '../../core/shipping/validate-shipping-service.js';
import type { RateCard, RemoteArea, Zone } from '../../core/shipping/rate-card.js';

export type DemoRateCard = { service: string; warehouse: string; effectiveFrom: string; effectiveTo: string | null; source: string; card: RateCard };

export const DEMO_SHIPPING_SERVICES: ShippingService[] = [
  { code: 'vn-post-economy', carrier: 'VNPost', name: 'International economy parcel', channel: 'postal' },
  { code: 'vn-express', carrier: 'Express courier', name: 'International express', channel: 'courier' },
  { code: 'vn-domestic', carrier: 'Domestic courier', name: 'Nationwide delivery', channel: 'courier' },
  { code: 'us-postal-economy', carrier: 'US postal service', name: 'Ground parcel', channel: 'postal' },
  { code: 'us-express', carrier: 'Express courier', name: 'Express', channel: 'courier' },
  { code: 'nl-postal-economy', carrier: 'Dutch post', name: 'Parcel economy', channel: 'postal' },
  { code: 'nl-express', carrier: 'Express courier', name: 'European express', channel: 'courier' },
];

const SOURCE = (kind: string) => `Illustrative demo prices written for the Landfall demo store, shaped like a 2025 ${kind} rate card; not a carrier's published tariff (src/data/demo/shipping.ts)`;
const FROM = '2025-01-01';

/** A zone from [grams, USD cents] pairs. */
function zone(id: string, countries: string[], [min, max]: [number, number], breaks: Array<[number, number]>, additional?: [500 | 1000, number]): Zone {
  return {
    id,
    countries,
    transitDays: { min, max },
    breaks: breaks.map(([upToG, price]) => ({ upToG, price })),
    ...(additional ? { additional: { stepG: additional[0], price: additional[1] } } : {}),
  };
}

/** Remote ranges of one country, all at one amount. */
function remote(country: string, amount: number, ranges: Array<[string, string]>): RemoteArea[] {
  return ranges.map(([from, to]) => ({ country, from, to, amount }));
}

const EUROPE = ['DE', 'FR', 'NL', 'IT', 'ES', 'GB', 'CH', 'NO'];

/** Courier remote areas in the countries the Venlo and Hội An couriers reach, at one amount. */
function europeanRemoteAreas(amount: number): RemoteArea[] {
  return [
    ...remote('DE', amount, [['25980', '25999'], ['27498', '27498']]), // Sylt; Helgoland
    ...remote('FR', amount, [['20', '20']]), // Corsica (2A/2B use 20xxx postal codes)
    ...remote('ES', amount, [['07', '07'], ['35', '35'], ['38', '38']]), // Balearic Islands; Canary Islands
    ...remote('GB', amount, [['HS', 'HS'], ['ZE', 'ZE']]), // Outer Hebrides; Shetland
    ...remote('NO', amount, [['9170', '9179']]), // Svalbard (Longyearbyen)
  ];
}

export const DEMO_RATE_CARDS: DemoRateCard[] = [
  {
    service: 'vn-post-economy',
    warehouse: 'vn-hoian',
    effectiveFrom: FROM,
    effectiveTo: null,
    source: SOURCE('postal economy'),
    card: {
      currency: 'USD',
      weightStepG: 1,
      fuelSurchargePercent: '0',
      maxWeightG: 20_000,
      zones: [
        zone('asia', ['JP', 'KR', 'SG'], [6, 12], [[250, 650], [500, 900], [1000, 1400], [2000, 2300]], [1000, 800]),
        zone('oceania', ['AU', 'NZ'], [8, 16], [[250, 850], [500, 1250], [1000, 1950], [2000, 3200]], [1000, 1150]),
        zone('europe', EUROPE, [10, 20], [[250, 950], [500, 1400], [1000, 2200], [2000, 3600]], [1000, 1300]),
        zone('north-america', ['US', 'CA'], [12, 22], [[250, 1050], [500, 1550], [1000, 2450], [2000, 3950]], [1000, 1450]),
      ],
      remoteAreas: [],
    },
  },
  {
    service: 'vn-express',
    warehouse: 'vn-hoian',
    effectiveFrom: FROM,
    effectiveTo: null,
    source: SOURCE('international express'),
    card: {
      currency: 'USD',
      weightStepG: 500,
      volumetricDivisor: 5000,
      fuelSurchargePercent: '18.5',
      maxWeightG: 30_000,
      zones: [
        zone('asia', ['JP', 'KR', 'SG'], [2, 4], [[500, 2400], [1000, 2900], [1500, 3400], [2000, 3900]], [500, 450]),
        zone('oceania', ['AU', 'NZ'], [3, 5], [[500, 3000], [1000, 3700], [1500, 4400], [2000, 5100]], [500, 600]),
        zone('europe', EUROPE, [3, 6], [[500, 3400], [1000, 4200], [1500, 5000], [2000, 5800]], [500, 700]),
        zone('north-america', ['US', 'CA'], [3, 6], [[500, 3600], [1000, 4500], [1500, 5400], [2000, 6300]], [500, 750]),
      ],
      remoteAreas: [
        ...remote('US', 2500, [['967', '968'], ['995', '999']]), // Hawaii; Alaska
        ...remote('CA', 2500, [['X', 'Y']]), // Nunavut, Northwest Territories, Yukon
        ...remote('AU', 2500, [['08', '08']]), // Northern Territory
        ...remote('NZ', 2500, [['8942', '8942']]), // Chatham Islands
        ...remote('JP', 2500, [['900', '907']]), // Okinawa
        ...europeanRemoteAreas(2500),
      ],
    },
  },
  {
    service: 'vn-domestic',
    warehouse: 'vn-hoian',
    effectiveFrom: FROM,
    effectiveTo: null,
    source: SOURCE('Vietnamese domestic courier'),
    card: {
      currency: 'USD',
      weightStepG: 500,
      volumetricDivisor: 5000,
      fuelSurchargePercent: '0',
      maxWeightG: 30_000,
      zones: [zone('domestic', ['VN'], [1, 3], [[500, 135], [1000, 175], [2000, 230], [5000, 350]], [1000, 40])],
      remoteAreas: [],
    },
  },
  {
    service: 'us-postal-economy',
    warehouse: 'us-nj',
    effectiveFrom: FROM,
    effectiveTo: null,
    source: SOURCE('domestic and North American postal'),
    card: {
      currency: 'USD',
      weightStepG: 1,
      fuelSurchargePercent: '0',
      maxWeightG: 20_000,
      zones: [
        zone('domestic', ['US'], [2, 5], [[250, 590], [500, 750], [1000, 990], [2000, 1390], [5000, 2290]], [1000, 300]),
        zone('canada', ['CA'], [6, 10], [[250, 1650], [500, 2100], [1000, 2900], [2000, 4100]], [1000, 1000]),
      ],
      remoteAreas: [],
    },
  },
  {
    service: 'us-express',
    warehouse: 'us-nj',
    effectiveFrom: FROM,
    effectiveTo: null,
    source: SOURCE('domestic and North American express'),
    card: {
      currency: 'USD',
      weightStepG: 500,
      volumetricDivisor: 5000,
      fuelSurchargePercent: '16',
      maxWeightG: 30_000,
      zones: [
        zone('domestic', ['US'], [1, 3], [[500, 1450], [1000, 1750], [2000, 2350]], [500, 250]),
        zone('canada', ['CA'], [2, 4], [[500, 3200], [1000, 3800], [2000, 4900]], [500, 500]),
      ],
      remoteAreas: [...remote('US', 650, [['967', '968'], ['995', '999']]), ...remote('CA', 1500, [['X', 'Y']])],
    },
  },
  {
    service: 'nl-postal-economy',
    warehouse: 'nl-venlo',
    effectiveFrom: FROM,
    effectiveTo: null,
    source: SOURCE('European postal parcel'),
    card: {
      currency: 'USD',
      weightStepG: 1,
      fuelSurchargePercent: '0',
      maxWeightG: 20_000,
      zones: [
        zone('netherlands', ['NL'], [1, 2], [[2000, 720], [5000, 920], [10_000, 1350], [20_000, 1990]]),
        zone('eu', ['DE', 'FR', 'IT', 'ES'], [3, 7], [[500, 990], [1000, 1190], [2000, 1450], [5000, 2050], [10_000, 2850], [20_000, 4200]]),
        zone('europe-other', ['GB', 'CH', 'NO'], [4, 9], [[500, 1450], [1000, 1690], [2000, 1950], [5000, 2750], [10_000, 3800], [20_000, 5500]]),
      ],
      remoteAreas: [],
    },
  },
  {
    service: 'nl-express',
    warehouse: 'nl-venlo',
    effectiveFrom: FROM,
    effectiveTo: null,
    source: SOURCE('European express'),
    card: {
      currency: 'USD',
      weightStepG: 500,
      volumetricDivisor: 5000,
      fuelSurchargePercent: '14',
      maxWeightG: 30_000,
      zones: [
        zone('netherlands', ['NL'], [1, 1], [[500, 1100], [1000, 1250], [2000, 1500]], [500, 120]),
        zone('eu', ['DE', 'FR', 'IT', 'ES'], [1, 3], [[500, 1900], [1000, 2200], [2000, 2800]], [500, 300]),
        zone('europe-other', ['GB', 'CH', 'NO'], [2, 4], [[500, 2900], [1000, 3400], [2000, 4300]], [500, 450]),
      ],
      remoteAreas: europeanRemoteAreas(1800),
    },
  },
];
