/**
 * The demo store's warehouses: the workshop's own stock room in Vietnam, and two fulfilment
 * partners holding stock close to the largest markets. Addresses are plausible business addresses
 * written for the demo, not real partners.
 *
 * - Hội An (VN): everything ships from here at first; serves every market (slowest, cheapest stock).
 * - New Jersey (US): a third-party logistics warehouse for North America (US, CA); goods arrive in
 *   bulk with duty paid on import, so parcels from here are domestic (US) or short-haul (CA).
 * - Venlo (NL): an EU fulfilment centre for the EU, UK, Switzerland and Norway; EU parcels move
 *   inside the single market, others cross one border from the EU.
 */
export type DemoWarehouse = {
  code: string;
  name: string;
  country: string;
  address: { lines: string[]; city: string; postalCode: string; region?: string };
  markets: string[];
};

export const DEMO_WAREHOUSES: DemoWarehouse[] = [
  {
    code: 'vn-hoian',
    name: 'Hội An workshop',
    country: 'VN',
    address: { lines: ['12 Nguyễn Thái Học'], city: 'Hội An', postalCode: '560000', region: 'Quảng Nam' },
    markets: ['us', 'ca', 'eu', 'uk', 'ch', 'no', 'au', 'nz', 'jp', 'kr', 'sg'],
  },
  {
    code: 'us-nj',
    name: 'New Jersey fulfilment',
    country: 'US',
    address: { lines: ['400 Raritan Center Parkway'], city: 'Edison', postalCode: '08837', region: 'NJ' },
    markets: ['us', 'ca'],
  },
  {
    code: 'nl-venlo',
    name: 'Venlo fulfilment',
    country: 'NL',
    address: { lines: ['Celsiusweg 20'], city: 'Venlo', postalCode: '5928 PR' },
    markets: ['eu', 'uk', 'ch', 'no'],
  },
];
