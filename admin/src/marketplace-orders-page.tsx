import { useState, type FormEvent } from 'react';
import { ApiError, type FieldIssue, type Problem } from './api.js';
import { ChannelsNav } from './marketplace-orders-nav.js';
import { MarketplaceImportResult, sayImport, type MarketplaceImport } from './marketplace-orders-result.js';
import { Field, refusalOf, useTitle } from './ui.js';

const TAB_KEY = 'landfall.admin.key';

type Marketplace = 'amazon' | 'ebay';

/** What each marketplace's export is, and the media type the import route reads it as. */
const MARKETPLACES: ReadonlyArray<{ id: Marketplace; label: string; mediaType: string }> = [
  { id: 'amazon', label: 'Amazon (Selling Partner API orders, JSON)', mediaType: 'application/json' },
  { id: 'ebay', label: 'eBay (Seller Hub Orders report, CSV)', mediaType: 'text/csv' },
];

/** A chosen file's extension suggests its marketplace: Amazon's export is JSON, eBay's report CSV. */
function marketplaceOf(name: string): Marketplace | undefined {
  if (/\.json$/i.test(name)) return 'amazon';
  if (/\.csv$/i.test(name)) return 'ebay';
  return undefined;
}

/**
 * POST the file as downloaded to /v1/admin/channel-orders/import with this tab's key. A file the
 * server refuses as a whole (unreadable, too large, wrong type) throws an ApiError with its problem.
 */
async function importMarketplaceOrders(channel: Marketplace, file: Blob): Promise<MarketplaceImport> {
  const url = `/v1/admin/channel-orders/import?channel=${encodeURIComponent(channel)}`;
  const mediaType = MARKETPLACES.find((m) => m.id === channel)!.mediaType;
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${sessionStorage.getItem(TAB_KEY) ?? ''}`, accept: 'application/json, application/problem+json', 'content-type': mediaType },
    body: file,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // Not JSON (a proxy's page, say): the status says enough.
    json = undefined;
  }
  if (!response.ok) {
    const p = (json ?? {}) as Partial<Problem> & { field?: string };
    const errors: FieldIssue[] | undefined = p.errors ?? (p.field ? [{ field: p.field, message: p.detail ?? '' }] : undefined);
    throw new ApiError({ status: response.status, code: p.code ?? 'HTTP_ERROR', title: p.title ?? response.statusText, detail: p.detail ?? `POST ${url} answered ${response.status}`, ...(errors ? { errors } : {}) });
  }
  return json as MarketplaceImport;
}

/** The message for a file refused as a whole: the problem, the first fields it names, and what to do about a large file. */
function messageOf(e: unknown, channel: Marketplace): string {
  const refusal = refusalOf(e);
  const details = e instanceof ApiError ? (e.problem.errors ?? []).filter((d) => d.message !== refusal.message) : [];
  const parts = [refusal.message, ...details.slice(0, 5).map((d) => `${d.field}: ${d.message}`)];
  if (e instanceof ApiError && e.problem.status === 413) parts.push(`import a file this large with the command line: landfall orders import --channel ${channel} FILE`);
  return parts.join(' — ');
}

/**
 * Marketplace orders: upload an Amazon or eBay export (the same files as `landfall orders
 * import`); the answer says how many orders were imported, skipped as imported before and ignored,
 * lists the refused orders with their line and field, and links to the orders.
 */
export function MarketplaceOrdersPage() {
  useTitle('Marketplace orders');
  const [channel, setChannel] = useState<Marketplace>('amazon');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [answer, setAnswer] = useState<MarketplaceImport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileError("Choose the marketplace's export file to import.");
    setBusy(file.name);
    setError(null);
    setAnswer(null);
    try {
      setAnswer(await importMarketplaceOrders(channel, file));
    } catch (e) {
      setError(messageOf(e, channel));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="marketplace-orders-title">
      <h1 id="marketplace-orders-title">Marketplace orders</h1>
      <ChannelsNav current="orders" />
      <p className="hint">
        Upload the marketplace's export as downloaded. Each order becomes a paid order of that channel, its stock taken from the warehouse the checkout would pick. Orders imported before are skipped, so importing the same file again changes nothing.
      </p>
      <form onSubmit={(e) => void submit(e)}>
        <Field id="marketplace-channel" label="Marketplace">
          {(p) => (
            <select {...p} value={channel} onChange={(e) => setChannel(e.target.value as Marketplace)}>
              {MARKETPLACES.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="marketplace-file" label="Orders file" error={fileError} hint="Amazon: getOrders' answer with each order's OrderItems. eBay: the Orders report from Seller Hub. Up to the server's body limit (1 MiB by default); larger files go through landfall orders import.">
          {(p) => (
            <input
              {...p}
              type="file"
              accept=".json,.csv,application/json,text/csv"
              onChange={(e) => {
                const chosen = e.target.files?.[0] ?? null;
                setFile(chosen);
                setFileError(undefined);
                const suggested = chosen ? marketplaceOf(chosen.name) : undefined;
                if (suggested) setChannel(suggested);
              }}
            />
          )}
        </Field>
        <button type="submit" disabled={busy !== null}>
          {busy !== null ? 'Importing…' : 'Import'}
        </button>
      </form>
      <p aria-live="polite" className="note" data-testid="marketplace-import-progress">
        {busy !== null ? `Importing… ${busy} is being read and its orders placed one by one.` : answer ? sayImport(answer) : ''}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {answer && <MarketplaceImportResult answer={answer} />}
    </section>
  );
}
