import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createFeedCache } from '../../services/channels/feeds/feed-cache.js';
import { generateFeed } from '../../services/channels/feeds/generate-feed.js';
import { feedLinks } from '../../http/routes/channels/feeds-links.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

export const feedsCommand: Command = {
  name: 'feeds',
  summary: 'Write a market\'s product feed for Google Merchant Center or Meta, and report what was left out',
  help: `Usage: landfall feeds generate --market ID --channel google|meta [--format xml|tsv|csv]
                               [--country CC] [--language LL] [-o FILE] [--json]

Writes the feed the server serves at /feeds/{market}/google.xml, google.tsv or meta.csv: every
active variant in the market's language (its first unless --language) and currency, priced as the storefront prices it
(tax included where the channel requires it), with stock and shipping, checked against the
channel's required attributes. Items that miss one are left out and listed on stderr by product,
SKU and field. Links use LANDFALL_PUBLIC_URL.

--market   a market id (landfall markets, GET /v1/admin/markets)
--channel  google (formats xml, the default, and tsv) or meta (csv)
--format   xml | tsv | csv
--country  one of the market's countries (default its first): prices, tax and links for it
--language one of the market's languages (default its first): titles, descriptions and links in it
-o FILE    write the feed to FILE (default: standard output; progress goes to stderr)
--json     print the validation report as JSON on standard output instead of the feed
           ({market, country, channel, format, itemCount, problems: [{product, sku, field, message}]});
           the feed is then written only with -o

Exit codes: 0 written (even with items left out), 2 bad usage or input, 3 database unreachable,
4 unknown market or no exchange rate.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { market: { type: 'string' }, channel: { type: 'string' }, format: { type: 'string' }, country: { type: 'string' }, language: { type: 'string' }, out: { type: 'string', short: 'o' } }, true);
    if (!args.ok) return usageError(io, 'feeds', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action, ...rest] = args.positionals;
    if (action !== 'generate') return usageError(io, 'feeds', action ? `unknown action "${action}" (generate)` : 'missing action (generate)');
    if (rest.length > 0) return usageError(io, 'feeds', `unexpected argument "${rest[0]}"`);
    const { market, channel, format, country, language, out, json } = args.values;
    if (market === undefined) return usageError(io, 'feeds', '--market is required');
    if (channel === undefined) return usageError(io, 'feeds', '--channel is required (google or meta)');
    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, json);
    try {
      const started = performance.now();
      const r = await generateFeed(
        opened.value.deps,
        createFeedCache(),
        feedLinks(opened.value.config.publicUrl),
        { market, channel, ...(format !== undefined ? { format } : {}), ...(country !== undefined ? { country } : {}), ...(language !== undefined ? { language } : {}) },
        (message) => io.stderr(`${message}\n`),
      );
      if (!r.ok) return reportFailure(io, r, json);
      const f = r.value;
      if (out !== undefined && out !== '-') await writeFile(path.resolve(io.cwd, out), f.body);
      if (json) {
        io.stdout(`${JSON.stringify({ market: f.market, country: f.country, channel: f.channel, format: f.format, itemCount: f.itemCount, problems: f.problems })}\n`);
      } else {
        if (out === undefined || out === '-') {
          if (io.stdoutBytes) io.stdoutBytes(f.body);
          else io.stdout(f.body.toString('utf8'));
        }
        for (const p of f.problems) io.stderr(`left out ${p.product} ${p.sku}: ${p.field}: ${p.message}\n`);
      }
      io.stderr(`${f.itemCount} items written, ${new Set(f.problems.map((p) => p.sku)).size} left out (${f.problems.length} problems), ${Math.round(performance.now() - started)} ms\n`);
      return EXIT.ok;
    } finally {
      await opened.value.close();
    }
  },
};
