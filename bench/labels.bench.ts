import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { LabelRequest } from '../src/core/carriers/carrier.js';
import { createDb } from '../src/db/create-db.js';
import { migrate } from '../src/db/migrate.js';
import { createTestCarrier } from '../src/services/carriers/test-carrier.js';
import { renderTestLabel } from '../src/services/carriers/test-carrier-label.js';
import { createDeps } from '../src/services/deps.js';
import { seedDemoStore } from '../src/services/seed/seed-demo-store.js';
import { publish, type BenchRow } from './lib/harness.js';
import { timeEach } from './lib/timing.js';

/**
 * Labels from the built-in test carrier on PGlite in memory (demo store seeded): `createLabel`
 * as Landfall calls it (the store's rate cards read and priced, a serial drawn for the S10 number,
 * the 4 x 6 inch PDF drawn with its Code 128 barcode, the parcel and its planned tracking events
 * stored), each with a new reference. Baselines in the same run: a one-line PDF from the same
 * library (the floor of any PDF), the label PDF alone, and one plain query on the same database.
 */
export async function run(options: { amount: number }): Promise<void> {
  const opened = await createDb({ kind: 'pglite', memory: true });
  if (!opened.ok) throw new Error(opened.message);
  try {
    const migrated = await migrate(opened.value);
    if (!migrated.ok) throw new Error(migrated.message);
    const deps = createDeps(opened.value, { version: 'bench' });
    await seedDemoStore(deps);
    const carrier = createTestCarrier(deps);
    const request: LabelRequest = {
      reference: 'bench',
      service: 'vn-post-economy',
      channel: 'postal',
      incoterm: 'DAP',
      from: { name: 'Landfall demo store', company: 'Hoi An workshop', lines: ['12 Tran Phu'], city: 'Hoi An', postalCode: '560000', country: 'VN' },
      to: { name: 'Ana Buyer', lines: ['1 Test Street'], city: 'Berlin', postalCode: '10115', country: 'DE', phone: '+49 30 1234567' },
      parcel: {
        weightG: 1840,
        dimensionsMm: { length: 300, width: 220, height: 120 },
        contents: [
          { sku: 'BAG-TOT-TAN', description: 'Leather tote, tan', hsCode: '420221', originCountry: 'VN', quantity: 1, valueMinor: 8900, currency: 'EUR', netWeightG: 900 },
          { sku: 'TEE-LAN-M', description: 'Linen tee, M', hsCode: '610910', originCountry: 'VN', quantity: 2, valueMinor: 6980, currency: 'EUR', netWeightG: 440 },
          { sku: 'COF-ROB-250', description: 'Robusta beans 250 g', hsCode: '090111', originCountry: 'VN', quantity: 2, valueMinor: 2780, currency: 'EUR', netWeightG: 500 },
        ],
      },
      registrations: { EORI: 'NL123456789', IOSS: 'IM5280000001' },
      dueOnDelivery: { amountMinor: 3412, currency: 'EUR' },
    };
    let n = 0;
    const createdAt = new Date('2026-11-27T09:00:00Z');
    const floor = async () => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      doc.addPage([288, 432]).drawText('CP000000015VN', { x: 20, y: 200, size: 14, font });
      await doc.save();
    };
    const pdfOnly = () => renderTestLabel({ trackingNumber: 'CP000000015VN', request, serviceName: 'VNPost', createdAt, cost: { amountMinor: 1234, currency: 'USD' } });
    const query = async () => {
      await deps.warehouses.list();
    };
    const label = async () => {
      const r = await carrier.createLabel({ ...request, reference: `bench-${n++}` });
      if (!r.ok) throw new Error(r.message);
    };
    const count = Math.max(100, Math.round(options.amount / 25));
    const rows: BenchRow[] = [
      { label: 'one-line PDF, same library (pdf-lib)', isBaseline: true, figures: await timeEach(floor, count) },
      { label: 'label PDF alone (4x6 in, barcode, customs summary)', figures: await timeEach(pdfOnly, count) },
      { label: 'one query (list warehouses)', isBaseline: true, figures: await timeEach(query, count) },
      { label: 'test carrier createLabel (rates, S10, PDF, parcel + events stored)', figures: await timeEach(label, count) },
    ];
    const size = (await pdfOnly()).length;
    publish({ name: 'labels', description: `${count.toLocaleString('en-US')} sequential calls each, PGlite in memory (demo store), after a warm-up`, rows, notes: [`label PDF size ${size.toLocaleString('en-US')} bytes`] });
  } finally {
    await opened.value.close();
  }
}
