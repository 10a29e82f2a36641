/**
 * The demo store that `npm start` seeds on first start: a Vietnamese brand selling coffee, cashews,
 * silk, cotton, leather, ceramics, lacquerware, bamboo, sandals and skincare to buyers abroad,
 * pricing in US dollars and shipping from Vietnam, a US warehouse and an EU warehouse.
 * Its catalog, markets and warehouses are seeded by the modules that own them.
 */
export const DEMO_STORE = {
  name: 'Hội An Atelier',
  baseCurrency: 'USD',
  defaultLocale: 'en',
  originCountry: 'VN',
} as const;
