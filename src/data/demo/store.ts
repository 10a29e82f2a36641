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

/**
 * The demo store's euro account, which distributors pay into (printed on pro forma invoices). The
 * IBAN and BIC are the Netherlands example of the SWIFT IBAN Registry (NL91ABNA0417164300, a bank
 * in the Netherlands, BIC ABNANL2A): well-formed, check digits right, and no one's real account.
 */
export const DEMO_BANK_ACCOUNT = {
  accountHolder: 'Hội An Atelier',
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
} as const;
