import { parseDecimal } from '../decimal/decimal.js';
import { buildFxTable, type FxRate } from '../fx/fx-table.js';
import type { RuleSetData, TaxBaseData } from './rule-data.js';

/**
 * A small rule set written for the engine's unit tests. Its numbers are chosen to make the
 * arithmetic easy to check by hand; the starter data in src/data/rules carries the real, sourced facts.
 */
const S = 'test fixture';
const EU_BASE: TaxBaseData = { freight: true, insurance: true, duty: true };

export const TEST_RULES: RuleSetData = {
  version: 'test-1',
  countries: [
    { id: 'c.DE', version: '1', source: S, effectiveFrom: '2000-01-01', country: 'DE', customsTerritory: 'EU', currency: 'EUR', dutyBasis: 'CIF' },
    { id: 'c.US', version: '1', source: S, effectiveFrom: '2000-01-01', country: 'US', customsTerritory: 'US', currency: 'USD', dutyBasis: 'FOB' },
    { id: 'c.CH', version: '1', source: S, effectiveFrom: '2000-01-01', country: 'CH', customsTerritory: 'CH', currency: 'CHF', dutyBasis: 'CIF' },
    { id: 'c.CA', version: '1', source: S, effectiveFrom: '2000-01-01', country: 'CA', customsTerritory: 'CA', currency: 'CAD', dutyBasis: 'FOB' },
    { id: 'c.GB', version: '1', source: S, effectiveFrom: '2000-01-01', country: 'GB', customsTerritory: 'GB', currency: 'GBP', dutyBasis: 'CIF' },
    { id: 'c.BR', version: '1', source: S, effectiveFrom: '2000-01-01', country: 'BR', customsTerritory: 'BR', currency: 'BRL', dutyBasis: 'CIF' },
    { id: 'c.NO', version: '1', source: S, effectiveFrom: '2000-01-01', country: 'NO', customsTerritory: 'NO', currency: 'NOK', dutyBasis: 'CIF' },
  ],
  tariffs: [
    { id: 't.EU.6109', version: '1', source: S, effectiveFrom: '2000-01-01', territory: 'EU', hsPrefix: '6109', program: 'MFN', rate: '12%' },
    { id: 't.EU.6109.VN', version: '1', source: S, effectiveFrom: '2020-08-01', territory: 'EU', hsPrefix: '6109', program: 'PREFERENTIAL', agreement: 'EVFTA', origins: ['VN'], rate: 'Free' },
    { id: 't.EU.0901', version: '1', source: S, effectiveFrom: '2000-01-01', territory: 'EU', hsPrefix: '090121', program: 'MFN', rate: '7.5%' },
    { id: 't.EU.6404', version: '1', source: S, effectiveFrom: '2000-01-01', territory: 'EU', hsPrefix: '6404', program: 'MFN', rate: '6% MIN 2.50 EUR/pair' },
    { id: 't.US.6109', version: '1', source: S, effectiveFrom: '2000-01-01', territory: 'US', hsPrefix: '610910', program: 'MFN', rate: '16.5%' },
    { id: 't.US.0801', version: '1', source: S, effectiveFrom: '2000-01-01', territory: 'US', hsPrefix: '0801', program: 'MFN', rate: '1.5¢/kg' },
    { id: 't.US.s122', version: '1', source: S, effectiveFrom: '2026-02-24', effectiveTo: '2026-07-24', territory: 'US', hsPrefix: '', program: 'ADDITIONAL', agreement: 'Section 122', exceptOrigins: ['CA', 'MX'], exceptHsPrefixes: ['0801'], rate: '10%' },
    { id: 't.CH.0901', version: '1', source: S, effectiveFrom: '2000-01-01', territory: 'CH', hsPrefix: '0901', program: 'MFN', rate: 'CHF 20.00/100kg gross' },
    { id: 't.CA.6109', version: '1', source: S, effectiveFrom: '2000-01-01', territory: 'CA', hsPrefix: '6109', program: 'MFN', rate: '18%' },
    { id: 't.GB.6109', version: '1', source: S, effectiveFrom: '2000-01-01', territory: 'GB', hsPrefix: '6109', program: 'MFN', rate: '12%' },
  ],
  taxes: [
    { id: 'x.DE.std', version: '1', source: S, effectiveFrom: '2007-01-01', country: 'DE', name: 'VAT', kind: 'standard', percent: '19', base: EU_BASE },
    { id: 'x.DE.food', version: '1', source: S, effectiveFrom: '2007-01-01', country: 'DE', name: 'VAT', kind: 'reduced', hsPrefixes: ['0901', '0801'], percent: '7', base: EU_BASE },
    { id: 'x.CH.std', version: '1', source: S, effectiveFrom: '2024-01-01', country: 'CH', name: 'VAT', kind: 'standard', percent: '8.1', base: EU_BASE },
    { id: 'x.CH.food', version: '1', source: S, effectiveFrom: '2024-01-01', country: 'CH', name: 'VAT', kind: 'reduced', hsPrefixes: ['0901'], percent: '2.6', base: EU_BASE },
    { id: 'x.CA.gst', version: '1', source: S, effectiveFrom: '2008-01-01', country: 'CA', name: 'GST', kind: 'standard', percent: '5', base: { freight: false, insurance: false, duty: true } },
    { id: 'x.CA.on', version: '1', source: S, effectiveFrom: '2010-07-01', country: 'CA', region: 'ON', name: 'HST', kind: 'standard', percent: '13', base: { freight: false, insurance: false, duty: true } },
    { id: 'x.BR.icms', version: '1', source: S, effectiveFrom: '2000-01-01', country: 'BR', name: 'ICMS', kind: 'standard', percent: '17', base: { ...EU_BASE, inclusive: true } },
    { id: 'x.NO.std', version: '1', source: S, effectiveFrom: '2000-01-01', country: 'NO', name: 'VAT', kind: 'standard', percent: '25', base: EU_BASE },
    { id: 'x.NO.food', version: '1', source: S, effectiveFrom: '2000-01-01', country: 'NO', name: 'VAT', kind: 'reduced', hsPrefixes: ['0901'], percent: '15', base: EU_BASE },
    { id: 'x.GB.std', version: '1', source: S, effectiveFrom: '2011-01-04', country: 'GB', name: 'VAT', kind: 'standard', percent: '20', base: EU_BASE },
  ],
  deMinimis: [
    { id: 'd.EU.duty', version: '1', source: S, effectiveFrom: '2009-12-01', effectiveTo: '2026-07-01', destination: 'EU', appliesTo: 'duty', threshold: { amount: '150.00', currency: 'EUR' }, comparison: 'lte', valueTested: 'intrinsic', excludedHsPrefixes: ['22', '24'] },
    { id: 'd.EU.tax', version: '1', source: S, effectiveFrom: '2021-07-01', destination: 'EU', appliesTo: 'tax', comparison: 'lte', valueTested: 'intrinsic', note: 'no import VAT exemption since 2021-07-01' },
    { id: 'd.US.both.duty', version: '1', source: S, effectiveFrom: '2016-03-10', effectiveTo: '2025-08-29', destination: 'US', appliesTo: 'duty', threshold: { amount: '800.00', currency: 'USD' }, comparison: 'lte', valueTested: 'intrinsic', notOrigins: ['CN', 'HK'] },
    { id: 'd.US.none', version: '1', source: S, effectiveFrom: '2025-08-29', destination: 'US', appliesTo: 'duty', comparison: 'lte', valueTested: 'intrinsic', note: 'suspended' },
    { id: 'd.CH.tax', version: '1', source: S, effectiveFrom: '2000-01-01', destination: 'CH', appliesTo: 'tax', threshold: { amount: '5.00', currency: 'CHF' }, comparison: 'lt', valueTested: 'tax-amount' },
    { id: 'd.CA.duty.cusma', version: '1', source: S, effectiveFrom: '2020-07-01', destination: 'CA', appliesTo: 'duty', threshold: { amount: '150.00', currency: 'CAD' }, comparison: 'lte', valueTested: 'intrinsic', channels: ['courier'], shipFrom: ['US', 'MX'] },
    { id: 'd.CA.tax.cusma', version: '1', source: S, effectiveFrom: '2020-07-01', destination: 'CA', appliesTo: 'tax', threshold: { amount: '40.00', currency: 'CAD' }, comparison: 'lte', valueTested: 'intrinsic', channels: ['courier'], shipFrom: ['US', 'MX'] },
    { id: 'd.CA.duty', version: '1', source: S, effectiveFrom: '2000-01-01', destination: 'CA', appliesTo: 'duty', threshold: { amount: '20.00', currency: 'CAD' }, comparison: 'lte', valueTested: 'intrinsic' },
    { id: 'd.CA.tax', version: '1', source: S, effectiveFrom: '2000-01-01', destination: 'CA', appliesTo: 'tax', threshold: { amount: '20.00', currency: 'CAD' }, comparison: 'lte', valueTested: 'intrinsic' },
    { id: 'd.US.none.cn', version: '1', source: S, effectiveFrom: '2025-05-02', effectiveTo: '2025-08-29', destination: 'US', appliesTo: 'duty', comparison: 'lte', valueTested: 'intrinsic', origins: ['CN', 'HK'], note: 'ended for CN and HK goods first' },
    { id: 'd.GB.duty', version: '1', source: S, effectiveFrom: '2021-01-01', destination: 'GB', appliesTo: 'duty', threshold: { amount: '135.00', currency: 'GBP' }, comparison: 'lte', valueTested: 'intrinsic' },
  ],
  schemes: [
    { id: 's.EU.IOSS', version: '1', source: S, effectiveFrom: '2021-07-01', scheme: 'IOSS', destination: 'EU', registration: 'IOSS', ceiling: { amount: '150.00', currency: 'EUR' }, comparison: 'lte', valueTested: 'intrinsic', saleBase: { shipping: true, insurance: true }, unregistered: 'border' },
    { id: 's.NO.VOEC', version: '1', source: S, effectiveFrom: '2020-04-01', scheme: 'VOEC', destination: 'NO', registration: 'NO_VOEC', ceiling: { amount: '3000.00', currency: 'NOK' }, comparison: 'lt', valueTested: 'per-item', saleBase: { shipping: true, insurance: true }, unregistered: 'border', excludedHsPrefixes: ['0901'] },
    { id: 's.GB', version: '1', source: S, effectiveFrom: '2021-01-01', scheme: 'UK low-value', destination: 'GB', registration: 'UK_VAT', ceiling: { amount: '135.00', currency: 'GBP' }, comparison: 'lte', valueTested: 'intrinsic', saleBase: { shipping: true, insurance: true }, unregistered: 'seller-must-register' },
  ],
  flatDuties: [
    { id: 'f.EU.3', version: '1', source: S, effectiveFrom: '2026-07-01', effectiveTo: '2028-07-01', destination: 'EU', ceiling: { amount: '150.00', currency: 'EUR' }, comparison: 'lte', amount: { amount: '3.00', currency: 'EUR' }, per: 'distinct-classification', classificationDigits: 6 },
  ],
  fees: [
    { id: 'fee.US.mpf', version: '1', source: S, effectiveFrom: '2025-10-01', destination: 'US', name: 'Merchandise processing fee (informal entry)', payee: 'customs', basis: 'per-consignment', amount: { amount: '2.69', currency: 'USD' }, maxConsignmentValue: { amount: '2500.00', currency: 'USD' }, onlyWhenDutyOrTaxCollected: true },
  ],
};

const rate = (quote: string, value: string, date: string): FxRate => ({ base: 'EUR', quote, date, rate: parseDecimal(value)!, source: 'test' });

/** Made-up but plausible reference rates on a few dates (not official figures). */
export const TEST_FX = buildFxTable(
  'EUR',
  'ECB',
  ['2025-05-30', '2026-02-27', '2026-04-30', '2026-11-26'].flatMap((d) => [rate('USD', '1.25', d), rate('GBP', '0.8', d), rate('CHF', '0.95', d), rate('CAD', '1.6', d), rate('VND', '30000', d), rate('BRL', '6', d), rate('NOK', '11', d)]),
);
