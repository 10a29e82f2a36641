import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { main } from '../../src/cli/main.js';
import { createDb } from '../../src/db/create-db.js';
import { recordingIo } from '../support/cli-io.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-feeds-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const rec = recordingIo({ LANDFALL_DATA_DIR: dataDir, LANDFALL_PUBLIC_URL: 'https://shop.example' }, dataDir);
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

before(async () => {
  const seeded = await run(['seed', '--json']);
  assert.equal(seeded.code, 0, seeded.stderr);
  // One demo product without its image, so the feeds have an item to leave out.
  const db = await createDb({ kind: 'pglite', dataDir });
  assert.ok(db.ok);
  await db.value.orm.execute(sql`update products set images = '[]'::jsonb where handle = 'bamboo-chopsticks'`);
  await db.value.close();
});

test('feeds --help, and usage errors exit 2 with one line', async () => {
  const help = await run(['feeds', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: landfall feeds generate --market ID --channel google\|meta/);
  for (const argv of [['feeds'], ['feeds', 'make'], ['feeds', 'generate', '--channel', 'google'], ['feeds', 'generate', '--market', 'eu'], ['feeds', 'generate', '--market', 'eu', '--channel', 'google', 'extra'], ['feeds', 'generate', '--bogus']]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.ok(r.stderr.length > 0 && !/\n\s+at /.test(r.stderr), argv.join(' '));
  }
});

test('[pglite] bad input names the field: channel and format exit 2, an unknown market 4', async () => {
  for (const [argv, code, field] of [
    [['--market', 'eu', '--channel', 'pinterest'], 2, 'channel'],
    [['--market', 'eu', '--channel', 'meta', '--format', 'xml'], 2, 'format'],
    [['--market', 'eu', '--channel', 'google', '--country', 'US'], 2, 'country'],
    [['--market', 'atlantis', '--channel', 'google'], 4, 'market'],
  ] as const) {
    const r = await run(['feeds', 'generate', ...argv, '--json']);
    assert.equal(r.code, code, argv.join(' '));
    assert.equal(JSON.parse(r.stdout).error.field, field, argv.join(' '));
  }
});

test('[pglite] generate writes the feed to stdout or a file; --json prints the report of what was left out', async () => {
  const xml = await run(['feeds', 'generate', '--market', 'uk', '--channel', 'google']);
  assert.equal(xml.code, 0, xml.stderr);
  assert.match(xml.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<rss version="2\.0"/);
  assert.match(xml.stderr, /reading the catalog for market uk \(GB\)/);
  assert.match(xml.stderr, /left out bamboo-chopsticks BAM-CHP-5: image_link: required by Google Merchant Center; missing/);
  assert.match(xml.stderr, /65 items written, 2 left out \(2 problems\)/);

  const file = path.join(dataDir, 'uk.csv');
  const json = await run(['feeds', 'generate', '--market', 'uk', '--channel', 'meta', '-o', file, '--json']);
  assert.equal(json.code, 0, json.stderr);
  const report = JSON.parse(json.stdout) as { market: string; country: string; channel: string; format: string; itemCount: number; problems: Array<{ product: string; sku: string; field: string }> };
  assert.deepEqual([report.market, report.country, report.channel, report.format, report.itemCount], ['uk', 'GB', 'meta', 'csv', 65]);
  assert.ok(report.problems.some((p) => p.product === 'bamboo-chopsticks' && p.sku === 'BAM-CHP-5' && p.field === 'image_link'));
  assert.match(fs.readFileSync(file, 'utf8'), /^id,title,description,availability,condition,price,link,image_link,brand,/);

  const tsv = await run(['feeds', 'generate', '--market', 'uk', '--channel', 'google', '--format', 'tsv']);
  assert.equal(tsv.code, 0);
  assert.match(tsv.stdout, /^id\ttitle\tdescription\t/);
});
