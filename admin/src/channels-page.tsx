import { useMemo, useState } from 'react';
import { createCaller, type Api } from './api.js';
import { formatDateTime } from './format.js';
import { ChannelsNav } from './marketplace-orders-nav.js';
import { Alert, useLoad, useTitle } from './ui.js';

type FeedProblem = { product: string; sku: string; field: string; message: string };
type ChannelFeed = {
  channel: 'google' | 'meta';
  name: string;
  locale: string;
  currency: string;
  taxIncluded: boolean;
  fx: { rate: string; rateDate: string; stale: boolean };
  itemCount: number;
  problemCount: number;
  problems: FeedProblem[];
  urls: Array<{ format: string; url: string }>;
  generatedAt: string;
};
type FeedReport = { market: string; country: string; channels: ChannelFeed[] };

/**
 * Channel feeds: for the chosen market, the URL of each feed to give Google Merchant Center and
 * Meta, how many items each holds, and the products left out with the attribute at fault.
 */
export function ChannelsPage({ api }: { api: Api }) {
  useTitle('Channel feeds');
  const call = useMemo(() => createCaller(sessionStorage.getItem('landfall.admin.key') ?? ''), []);
  const markets = useLoad(() => api.listMarkets(), [api]);
  const [chosen, setChosen] = useState('');
  const market = chosen || markets.data?.items[0]?.id || '';
  const report = useLoad(() => (market ? call<FeedReport>('GET', `/v1/admin/feeds/${encodeURIComponent(market)}`) : Promise.resolve(undefined)), [call, market]);
  return (
    <section aria-labelledby="channels-title">
      <h1 id="channels-title">Channel feeds</h1>
      <ChannelsNav current="feeds" />
      <p className="hint">Give each URL to the channel once; it fetches the feed on its schedule and always gets the current catalog, prices and stock.</p>
      {markets.error && <Alert>{markets.error}</Alert>}
      <label htmlFor="feed-market">Market</label>
      <select id="feed-market" value={market} onChange={(e) => setChosen(e.target.value)}>
        {markets.data?.items.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name} ({m.id})
          </option>
        ))}
      </select>
      {report.loading && <p aria-live="polite">Building the feeds…</p>}
      {report.error && <Alert>{report.error}</Alert>}
      {report.data?.channels.map((c) => (
        <ChannelCard key={c.channel} feed={c} />
      ))}
    </section>
  );
}

function ChannelCard({ feed }: { feed: ChannelFeed }) {
  return (
    <article aria-labelledby={`feed-${feed.channel}`} data-channel={feed.channel}>
      <h2 id={`feed-${feed.channel}`}>{feed.name}</h2>
      <ul>
        {feed.urls.map((u) => (
          <li key={u.format}>
            {u.format.toUpperCase()}: <code>{u.url}</code>
          </li>
        ))}
      </ul>
      <p>
        {feed.itemCount} {feed.itemCount === 1 ? 'item' : 'items'} in {feed.locale}, {feed.currency}, prices {feed.taxIncluded ? 'with' : 'without'} tax; built {formatDateTime(feed.generatedAt)}.
        {feed.fx.stale ? ` The exchange rate of ${feed.fx.rateDate} is out of date: refresh the rates.` : ''}
      </p>
      {feed.problemCount === 0 ? (
        <p>Nothing left out.</p>
      ) : (
        <table>
          <caption>
            {feed.problemCount} {feed.problemCount === 1 ? 'problem keeps' : 'problems keep'} items out of the feed
            {feed.problems.length < feed.problemCount ? ` (the first ${feed.problems.length})` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">SKU</th>
              <th scope="col">Attribute</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {feed.problems.map((p, i) => (
              <tr key={i}>
                <td>{p.product}</td>
                <td>{p.sku}</td>
                <td>
                  <code>{p.field}</code>
                </td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
