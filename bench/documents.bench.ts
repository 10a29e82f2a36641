import { PDFDocument } from 'pdf-lib';
import { buildInvoice } from '../src/core/customs-docs/build-invoice.js';
import type { CustomsDocumentInput } from '../src/core/customs-docs/document-input.js';
import { renderDocument } from '../src/web/documents/render-document.js';
import { publish } from './lib/harness.js';
import { timeEach } from './lib/timing.js';

/**
 * The commercial invoice PDF of a 20-line order (one parcel from Hội An to Berlin, every line with
 * a customs description, national code, values and weights): build the data (pure core), and build
 * and render it with the embedded Noto Sans subset. Baseline in the same run: an empty one-page
 * pdf-lib document, saved. Target: p50 under 50 ms.
 */
export async function run(options: { amount: number }): Promise<void> {
  const count = Math.max(40, Math.round(options.amount / 50)); // 100 quick, 1,000 full
  const input = twentyLines();
  const created = new Date('2026-11-28T00:00:00Z');
  const build = () => {
    const r = buildInvoice(input, 'commercial');
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };
  const render = async () => renderDocument({ kind: 'commercial-invoice', filename: 'bench.pdf', invoices: [build()] }, created);
  const empty = async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    return doc.save();
  };
  const bytes = (await render()).bytes.byteLength;
  const ms = (t: { medianMicros: number; p99Micros: number; perSecond: number }) => ({ p50Ms: t.medianMicros / 1000, p99Ms: t.p99Micros / 1000, perSecond: t.perSecond });
  publish({
    name: 'documents',
    description: `commercial invoice PDF of a 20-line order (${bytes.toLocaleString('en-US')} bytes, fonts subset), ${count} renders each`,
    rows: [
      { label: 'empty one-page pdf-lib document, saved', isBaseline: true, figures: ms(await timeEach(empty, count)) },
      { label: 'invoice data only (core: lines, values, weights, registrations)', figures: ms(await timeEach(async () => build(), count)) },
      { label: 'invoice data + PDF (Noto Sans regular and bold embedded, subset)', figures: ms(await timeEach(render, count)) },
    ],
    notes: ['target: p50 under 50 ms for the 20-line invoice PDF'],
  });
}

/** A DDP parcel of 20 lines to Berlin under IOSS, with names and addresses in several scripts. */
function twentyLines(): CustomsDocumentInput {
  const goods = [
    ['COF-ROB-250', 'Buôn Ma Thuột Robusta Whole Beans (250 g)', 'Roasted coffee beans, whole, not decaffeinated (Robusta), in retail bags', '090121', 1490, 280],
    ['NUT-W320-250', 'Bình Phước Cashews W320 (250 g)', 'Cashew nuts, shelled, dried, not roasted or salted (whole kernels, grade W320), in retail pouches', '080132', 1290, 270],
    ['TEE-LAN-M', 'Hội An Lantern Tee (M)', 'T-shirt, knitted, 100% cotton, printed', '610910', 3490, 220],
    ['SCF-SQ90-IND', 'Hội An Silk Square Scarf (indigo)', 'Silk scarf, woven, 100% mulberry silk, 90 x 90 cm', '621410', 8390, 120],
    ['BAG-CRS-TAN', 'Saigon Leather Crossbody (tan)', 'Handbag (crossbody) with outer surface of leather (cowhide), textile lining', '420221', 12990, 480],
  ] as const;
  const lines = Array.from({ length: 20 }, (_, i) => {
    const [sku, title, , hs, unit, weight] = goods[i % goods.length]!;
    const quantity = 1 + (i % 3);
    const goodsMinor = unit * quantity;
    const tax = Math.round((goodsMinor * 19) / 119);
    return { position: i, sku: `${sku}-${i}`, title, quantity, goodsMinor, taxIncludedMinor: tax, taxesMinor: tax, taxScheme: 'IOSS', hsCode: hs, originCountry: 'VN', weightG: weight * quantity };
  });
  return {
    order: {
      number: 'LF-100420',
      status: 'paid',
      currency: 'EUR',
      country: 'DE',
      incoterm: 'DDP',
      email: 'jurgen@example.de',
      address: { name: 'Jürgen Groß-Łopieńska (Ирина)', lines: ['Straße des 17. Juni 12', 'Hinterhaus, 3. OG'], city: 'Berlin', postalCode: '10623', region: null, country: 'DE', phone: '+49 30 1234567' },
      placedOn: '2026-11-27',
      paidOn: '2026-11-27',
      cancelled: false,
      lines,
    },
    shipment: { id: '00000000-0000-4000-8000-000000000001', position: 0, warehouse: 'vn-hoian', service: 'vn-post-economy', carrier: 'VNPost', channel: 'postal', status: 'planned', trackingNumber: null, lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })), shippingMinor: 1990, dutiesMinor: 6000, taxesMinor: 0, feesMinor: 0 },
    store: { name: 'Hội An Atelier', baseCurrency: 'USD' },
    warehouse: { code: 'vn-hoian', name: 'Hội An workshop', country: 'VN', address: { lines: ['12 Nguyễn Thái Học'], city: 'Hội An', postalCode: '560000', region: 'Quảng Nam' } },
    registrations: [
      { scheme: 'IOSS', number: 'IM2760000001' },
      { scheme: 'EORI', number: 'NL123456789' },
    ],
    products: new Map(lines.map((l, i) => [l.sku, { customsDescription: goods[i % goods.length]![2], nationalCodes: [{ territory: 'EU', code: `${l.hsCode}0000` }] }])),
    territories: { origin: 'VN', destination: 'EU' },
    lowValueSchemes: [{ scheme: 'IOSS', registration: 'IOSS' }],
    date: '2026-11-27',
    packagingWeightG: 350,
  };
}
