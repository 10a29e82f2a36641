import type { BuiltDocument } from '../../core/customs-docs/customs-document.js';
import { renderInvoicePdf } from './render-invoice.js';
import { renderPackingSlipPdf } from './render-packing-slip.js';
import { renderPickListPdf } from './render-pick-list.js';
import { renderPostalDeclarationPdf } from './render-postal-declaration.js';

export type RenderedDocument = { contentType: 'application/pdf' | 'application/json; charset=utf-8'; filename: string; bytes: Uint8Array };

/** A built document as the bytes to send or write: a PDF, or for ICS2 the JSON (pretty, with a final newline). */
export async function renderDocument(doc: BuiltDocument, created: Date): Promise<RenderedDocument> {
  const pdf = (bytes: Uint8Array): RenderedDocument => ({ contentType: 'application/pdf', filename: doc.filename, bytes });
  switch (doc.kind) {
    case 'commercial-invoice':
    case 'proforma-invoice':
      return pdf(await renderInvoicePdf(doc.invoices, created));
    case 'cn22':
    case 'cn23':
      return pdf(await renderPostalDeclarationPdf(doc.declaration, created));
    case 'packing-slip':
      return pdf(await renderPackingSlipPdf(doc.slip, created));
    case 'pick-list':
      return pdf(await renderPickListPdf(doc.list, created));
    case 'ics2':
      return { contentType: 'application/json; charset=utf-8', filename: doc.filename, bytes: new TextEncoder().encode(`${JSON.stringify(doc.data, null, 2)}\n`) };
  }
}
