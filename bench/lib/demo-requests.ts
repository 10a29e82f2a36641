/**
 * Landed-cost requests for benchmarks: the demo store's goods (coffee, cashews, silk, cotton,
 * leather, ceramics, bamboo, sandals, skincare) in the quantities a real basket has.
 */
const GOODS = [
  { sku: 'COF-ROAST-500', hsCode: '090121', price: '14.50', kg: 0.5 },
  { sku: 'CASHEW-400', hsCode: '080132', price: '11.90', kg: 0.4 },
  { sku: 'SILK-SCARF', hsCode: '621410', price: '59.00', kg: 0.08 },
  { sku: 'SILK-DRESS', hsCode: '620449', price: '149.00', kg: 0.3 },
  { sku: 'TEE-COTTON', hsCode: '610910', price: '24.00', kg: 0.2 },
  { sku: 'BAG-LEATHER', hsCode: '420221', price: '189.00', kg: 0.9 },
  { sku: 'BOWL-CERAMIC', hsCode: '691110', price: '32.00', kg: 0.6 },
  { sku: 'BAMBOO-BASKET', hsCode: '460211', price: '27.00', kg: 0.7 },
  { sku: 'SANDAL-LEATHER', hsCode: '640399', price: '69.00', kg: 0.7 },
  { sku: 'SERUM-30ML', hsCode: '330499', price: '38.00', kg: 0.1 },
];

export function demoRequest(itemCount: number, options: { to?: string; currency?: string; date?: string } = {}): Record<string, unknown> {
  const currency = options.currency ?? 'EUR';
  return {
    date: options.date ?? '2026-11-27',
    currency,
    incoterm: 'DDP',
    channel: 'courier',
    shipFrom: { country: 'VN' },
    shipTo: { country: options.to ?? 'DE' },
    shipping: { amount: '18.00', currency },
    insurance: { amount: '2.00', currency },
    seller: { registrations: [{ scheme: 'IOSS', number: 'IM7040000001' }] },
    items: Array.from({ length: itemCount }, (_, i) => {
      const g = GOODS[i % GOODS.length]!;
      return { sku: `${g.sku}-${i}`, hsCode: g.hsCode, originCountry: 'VN', unitPrice: { amount: g.price, currency }, quantity: 1 + (i % 3), unitWeightKg: g.kg, claimPreference: i % 2 === 0 };
    }),
  };
}
