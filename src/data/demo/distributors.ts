/**
 * The demo store's wholesale side: one price list in the store's currency (USD) with quantity tiers
 * and minimum order quantities for the coffee and cashews sold to distributors, and one distributor
 * in Germany buying on net 30. The company's numbers are made up but well formed: the VAT number
 * passes Germany's check digit (ISO 7064 MOD 11,10), the IBAN is the example of the SWIFT IBAN
 * Registry for Germany (MOD 97-10) and the BIC is that bank's (Commerzbank, Frankfurt).
 * Seeded once through the same services as the admin API (src/services/seed/seed-demo-store.ts).
 */
export const DEMO_PRICE_LIST_CODE = 'wholesale-usd';

/** Tiers as [from quantity, unit price in US cents]; MOQ and multiple per SKU (cartons). */
const item = (sku: string, minOrderQuantity: number, orderMultiple: number, tiers: ReadonlyArray<readonly [number, number]>) => ({
  sku,
  minOrderQuantity,
  orderMultiple,
  tiers: tiers.map(([minQuantity, unitPriceMinor]) => ({ minQuantity, unitPriceMinor })),
});

export const DEMO_PRICE_LIST = {
  name: 'Wholesale (USD)',
  currency: 'USD',
  validFrom: '2026-01-01',
  validTo: null,
  note: 'Distributor prices ex works Hội An or Venlo; cartons of 12 (250 g, 500 g) or 6 (1 kg).',
  items: [
    item('COF-ROB-250', 24, 12, [[24, 780], [120, 720], [480, 660]]),
    item('COF-ROB-500', 24, 12, [[24, 1390], [120, 1290], [480, 1190]]),
    item('COF-ROB-1000', 12, 6, [[12, 2450], [60, 2290], [240, 2120]]),
    item('COF-ARA-250', 24, 12, [[24, 1000], [120, 930], [480, 860]]),
    item('COF-ARA-500', 24, 12, [[24, 1780], [120, 1650], [480, 1530]]),
    item('NUT-W320-500', 24, 12, [[24, 1170], [120, 1080], [480, 990]]),
    item('NUT-W320-1000', 12, 6, [[12, 2100], [60, 1950], [240, 1800]]),
  ],
} as const;

export const DEMO_DISTRIBUTOR = {
  name: 'Kaffeerösterei Nord GmbH',
  country: 'DE',
  email: 'einkauf@kaffee-nord.example',
  address: { name: 'Kaffeerösterei Nord GmbH', lines: ['Am Sandtorkai 12'], city: 'Hamburg', postalCode: '20457', country: 'DE' },
  taxNumber: 'DE136695976',
  eori: 'DE4471203',
  priceList: DEMO_PRICE_LIST_CODE,
  paymentTerms: 'net_30',
  creditLimitMinor: 2_500_000,
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  accountHolder: 'Kaffeerösterei Nord GmbH',
  buyers: [{ name: 'Jana Petersen', email: 'jana.petersen@kaffee-nord.example', role: 'approver' }],
} as const;
