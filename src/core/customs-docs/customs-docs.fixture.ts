import type { PostalFormRule, SdrRateTable, Ics2Scope } from './customs-rules.js';
import type { CustomsDocumentInput } from './document-input.js';

/**
 * A parcel from the Hội An workshop (VN) to a buyer in Berlin under DDP, paid in EUR, its tax
 * collected under IOSS: two T-shirts (29.90 each, 19% VAT in the price) and a bag of coffee
 * (14.90, 7%). Shared by the unit tests of this folder; the numbers are worked out in them.
 */
export function berlinParcel(overrides: Partial<CustomsDocumentInput> = {}): CustomsDocumentInput {
  return {
    order: {
      number: 'LF-100420',
      status: 'paid',
      currency: 'EUR',
      country: 'DE',
      incoterm: 'DDP',
      email: 'juergen@example.de',
      address: { name: 'Jürgen Müller', lines: ['Straße des 17. Juni 1'], city: 'Berlin', postalCode: '10115', region: null, country: 'DE', phone: '+49 30 1234567' },
      placedOn: '2026-11-27',
      paidOn: '2026-11-27',
      cancelled: false,
      lines: [
        { position: 0, sku: 'TEE-LAN-M', title: 'Lantern T-shirt, M', quantity: 2, goodsMinor: 5980, taxIncludedMinor: 955, taxesMinor: 955, taxScheme: 'IOSS', hsCode: '610910', originCountry: 'VN', weightG: 440 },
        { position: 1, sku: 'COF-ROB-250', title: 'Buôn Ma Thuột Robusta Whole Beans, 250 g', quantity: 1, goodsMinor: 1490, taxIncludedMinor: 97, taxesMinor: 97, taxScheme: 'IOSS', hsCode: '090121', originCountry: 'VN', weightG: 280 },
      ],
    },
    shipment: {
      id: '00000000-0000-4000-8000-000000000001',
      position: 0,
      warehouse: 'vn-hoian',
      service: 'vn-post-economy',
      carrier: 'VNPost',
      channel: 'postal',
      status: 'planned',
      trackingNumber: null,
      lines: [
        { sku: 'TEE-LAN-M', quantity: 2 },
        { sku: 'COF-ROB-250', quantity: 1 },
      ],
      shippingMinor: 990,
      dutiesMinor: 600,
      taxesMinor: 1052,
      feesMinor: 0,
    },
    store: { name: 'Hội An Atelier', baseCurrency: 'USD' },
    warehouse: { code: 'vn-hoian', name: 'Hội An workshop', country: 'VN', address: { lines: ['12 Nguyễn Thái Học'], city: 'Hội An', postalCode: '560000', region: 'Quảng Nam' } },
    registrations: [
      { scheme: 'IOSS', number: 'IM2760000001' },
      { scheme: 'EORI', number: 'NL123456789' },
      { scheme: 'EORI', number: 'GB123456789000' },
      { scheme: 'UK_VAT', number: 'GB123456782' },
    ],
    products: new Map([
      ['TEE-LAN-M', { customsDescription: "Men's T-shirt, knitted, of cotton", nationalCodes: [{ territory: 'EU', code: '6109100010' }] }],
      ['COF-ROB-250', { customsDescription: 'Roasted coffee beans, not decaffeinated', nationalCodes: [{ territory: 'GB', code: '0901210000' }] }],
    ]),
    territories: { origin: 'VN', destination: 'EU' },
    lowValueSchemes: [
      { scheme: 'IOSS', registration: 'IOSS' },
      { scheme: 'UK GBP 135 point-of-sale VAT', registration: 'UK_VAT' },
      { scheme: 'VOEC', registration: 'NO_VOEC' },
    ],
    date: '2026-11-28',
    packagingWeightG: 120,
    ...overrides,
  };
}

export const POSTAL_RULE: PostalFormRule = { id: 'upu.cn22-cn23', version: '1', effectiveFrom: '2018-01-01', cn22MaxSdr: '300', letterPostMaxWeightG: 2000, source: 'UPU Letter Post Regulations' };

export const SDR_TABLE: SdrRateTable = { date: '2025-12-23', perUnit: { EUR: '0.859533', USD: '0.729283', JPY: '0.00465252' }, crossVia: 'USD', source: 'IMF' };

export const ICS2: Ics2Scope = { id: 'eu.ics2.release-2', version: '1', effectiveFrom: '2023-03-01', destinations: ['DE', 'FR', 'NL', 'NO', 'CH'], hsDigits: 6, source: 'Reg. (EU) 2015/2446 Annex B' };
