import { BASE } from './router.js';
import { Link } from './ui.js';

/** An order an import refused: its line in the file, the marketplace's order id, the marketplace's field at fault, why. */
export type MarketplaceRefusal = { line: number; orderId: string | null; field: string; code: string; message: string };

/** The answer of POST /v1/admin/channel-orders/import. */
export type MarketplaceImport = {
  channel: string;
  imported: number;
  skipped: number;
  ignored: number;
  refused: MarketplaceRefusal[];
  orders: Array<{ channelOrderId: string; number: string; outcome: 'imported' | 'skipped' }>;
};

/** More orders than this are left to the sales orders report rather than listed here. */
const LISTED = 200;

const count = (n: number) => n.toLocaleString('en-US');

/** The answer in one sentence, for the live region that announced the upload. */
export function sayImport(answer: MarketplaceImport): string {
  return `Imported ${count(answer.imported)}, skipped ${count(answer.skipped)} already imported, ignored ${count(answer.ignored)}, refused ${count(answer.refused.length)}.`;
}

/** What an import did: the counts, every refused order with its line and field, and links to the orders. */
export function MarketplaceImportResult({ answer }: { answer: MarketplaceImport }) {
  const listed = answer.orders.slice(0, LISTED);
  return (
    <section aria-labelledby="marketplace-result-title" data-testid="marketplace-import-result">
      <h2 id="marketplace-result-title">Import finished ({answer.channel})</h2>
      <dl className="facts" data-testid="marketplace-import-counts">
        <dt>Imported</dt>
        <dd data-count="imported">{count(answer.imported)}</dd>
        <dt>Skipped (already imported)</dt>
        <dd data-count="skipped">{count(answer.skipped)}</dd>
        <dt>Ignored (no orders)</dt>
        <dd data-count="ignored">{count(answer.ignored)}</dd>
        <dt>Refused</dt>
        <dd data-count="refused">{count(answer.refused.length)}</dd>
      </dl>
      {answer.refused.length > 0 && (
        <div className="scroll">
          <table id="table-marketplace-refused">
            <caption>Refused orders: correct them (or the catalog, stock, markets) and import the file again; the orders already imported are skipped.</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Marketplace order</th>
                <th scope="col">Field</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {answer.refused.map((r, i) => (
                <tr key={`${r.line}-${i}`} data-code={r.code}>
                  <td>{r.line}</td>
                  <td>{r.orderId ?? '—'}</td>
                  <td>
                    <code>{r.field}</code>
                  </td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {listed.length > 0 && (
        <div className="scroll">
          <table id="table-marketplace-orders">
            <caption>
              Orders of the file in Landfall
              {answer.orders.length > listed.length ? ` (the first ${count(listed.length)} of ${count(answer.orders.length)}; all are in the sales orders report)` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Marketplace order</th>
                <th scope="col">Order</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((o) => (
                <tr key={o.channelOrderId} data-outcome={o.outcome}>
                  <td>{o.channelOrderId}</td>
                  <td>
                    <Link to={`${BASE}/orders/${encodeURIComponent(o.number)}`}>{o.number}</Link>
                  </td>
                  <td>{o.outcome === 'imported' ? 'imported' : 'skipped: imported before'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {answer.orders.length > listed.length && (
        <p>
          <Link to={`${BASE}/reports/orders?channel=${encodeURIComponent(answer.channel)}`}>Sales orders of {answer.channel}</Link>
        </p>
      )}
    </section>
  );
}
