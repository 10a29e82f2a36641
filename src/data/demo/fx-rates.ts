/**
 * The demo store's starting exchange rates: the European Central Bank's euro foreign exchange
 * reference rates of 2025-05-09 (1 EUR = rate), copied by hand from the ECB's published file for
 * the currencies the demo markets use. They let a fresh install show prices in every market; they
 * are old, so prices say their rate is stale until `landfall fx refresh` imports current ones.
 * Source: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
 */
export const DEMO_ECB_RATES = {
  date: '2025-05-09',
  rates: {
    USD: '1.1252',
    JPY: '163.36',
    GBP: '0.8477',
    CHF: '0.9353',
    NOK: '11.6725',
    SEK: '10.92',
    DKK: '7.4604',
    PLN: '4.2393',
    CZK: '24.946',
    AUD: '1.7572',
    NZD: '1.9095',
    CAD: '1.5658',
    SGD: '1.46',
    KRW: '1575.72',
    MXN: '21.9473',
  } as Record<string, string>,
} as const;

/** The same rates in the ECB's daily XML format, so they enter through the regular importer. */
export function demoEcbXml(): string {
  const cubes = Object.entries(DEMO_ECB_RATES.rates)
    .map(([currency, rate]) => `      <Cube currency='${currency}' rate='${rate}'/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
  <Cube>
    <Cube time='${DEMO_ECB_RATES.date}'>
${cubes}
    </Cube>
  </Cube>
</gesmes:Envelope>
`;
}
