import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEST_SPEC, testItem } from './test-feed.fixture.js';
import { validateFeedItems } from './validate-feed.js';
import { writeFeedCsv, writeFeedCsvPieces, writeFeedTsv, writeFeedTsvPieces, tsvCell } from './write-delimited.js';
import { writeFeedXml, writeFeedXmlPieces, xmlText } from './write-xml.js';

const records = (...items: Array<ReturnType<typeof testItem>>) => validateFeedItems(items, TEST_SPEC, { country: 'DE' }).records;
const tricky = testItem({ title: 'Tom & "Jerry" <3>', description: 'Line one\nline\ttwo, "quoted"\r\nend\u0001', sku: 'A,1' });

test('XML: the five special characters as entities, characters XML cannot carry dropped', () => {
  assert.equal(xmlText('Tom & "Jerry" <3> \'x\''), 'Tom &amp; &quot;Jerry&quot; &lt;3&gt; &apos;x&apos;');
  assert.equal(xmlText('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f'), 'abcdef');
  assert.equal(xmlText('tab\tnew\nline\r🧣'), 'tab\tnew\nline\r🧣');
});

test('XML: RSS 2.0 with the g: namespace, repeated and group attributes', () => {
  const xml = writeFeedXml(records(tricky, testItem({ sku: 'B', imageLinks: ['https://a/1.jpg', 'https://a/2.jpg'] })), TEST_SPEC, { title: 'Shop & Co', link: 'https://shop.example', description: 'All' });
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<rss version="2\.0" xmlns:g="http:\/\/base\.google\.com\/ns\/1\.0">\n<channel>\n<title>Shop &amp; Co<\/title>/);
  assert.match(xml, /<g:title>Tom &amp; &quot;Jerry&quot; &lt;3&gt;<\/g:title>/);
  assert.match(xml, /<g:description>Line one\nline\ttwo, &quot;quoted&quot;\r\nend<\/g:description>/);
  assert.match(xml, /<g:image_link>https:\/\/a\/1\.jpg<\/g:image_link><g:additional_image_link>https:\/\/a\/2\.jpg<\/g:additional_image_link>/);
  assert.match(xml, /<g:shipping><g:country>DE<\/g:country><g:service>Parcel<\/g:service><g:price>6\.40 EUR<\/g:price><g:min_transit_time>2<\/g:min_transit_time><g:max_transit_time>4<\/g:max_transit_time><\/g:shipping>/);
  assert.equal(xml.match(/<item>/g)?.length, 2);
  assert.ok(xml.endsWith('</channel>\n</rss>\n'));
});

test('TSV: tabs and line breaks inside values become one space; groups joined by colons, values by commas', () => {
  assert.equal(tsvCell('a\tb\r\n\nc\u2028d\u0000\u007F'), 'a b c d');
  const tsv = writeFeedTsv(records(tricky), TEST_SPEC);
  const [header, row, end] = tsv.split('\n');
  assert.equal(end, '');
  assert.equal(header, TEST_SPEC.attributes.map((a) => a.name).join('\t'));
  const cells = row!.split('\t');
  assert.equal(cells.length, TEST_SPEC.attributes.length);
  assert.equal(cells[1], 'Tom & "Jerry" <3>');
  assert.equal(cells[2], 'Line one line two, "quoted" end');
  assert.equal(cells[TEST_SPEC.attributes.findIndex((a) => a.name === 'shipping')], 'DE::Parcel:6.40 EUR:2:4');
});

test('CSV: RFC 4180 quoting, CRLF records, formula-looking cells made text, commas in URLs encoded', () => {
  const item = testItem({ sku: 'Q1', title: '=CMD("x")\u0000', description: 'two\nlines, "quoted"', imageLinks: ['https://a/1.jpg', 'https://a/x,y.jpg'], shipping: [{ country: 'DE', service: 'Express: next, day', price: { amount: '9.00', currency: 'EUR' }, minHandlingDays: 0, maxHandlingDays: 1, minTransitDays: 1, maxTransitDays: 1 }] });
  const csv = writeFeedCsv(records(item), TEST_SPEC);
  const records2 = csv.split('\r\n');
  assert.equal(records2.length, 3);
  assert.equal(records2[0], TEST_SPEC.attributes.map((a) => a.name).join(','));
  assert.ok(records2[1]!.startsWith('Q1,"\'=CMD(""x"")","two\nlines, ""quoted""",'), records2[1]);
  assert.match(records2[1]!, /,https:\/\/a\/x%2Cy\.jpg,/);
  assert.match(records2[1]!, /,DE::Express  next  day:9\.00 EUR:1:1$/);
  assert.equal(records2[2], '');
});

test('an empty feed is the header alone (TSV, CSV) or an empty channel (XML)', () => {
  assert.equal(writeFeedTsv([], TEST_SPEC).split('\n').length, 2);
  assert.equal(writeFeedCsv([], TEST_SPEC).split('\r\n').length, 2);
  assert.doesNotMatch(writeFeedXml([], TEST_SPEC, { title: 't', link: 'l', description: 'd' }), /<item>/);
});

test('pieces: the same text, each shared shipping value one piece (the same string every time)', () => {
  const shipping = testItem().shipping;
  const many = records(...Array.from({ length: 3_000 }, (_, i) => testItem({ sku: `S${i}`, shipping })));
  const channel = { title: 't', link: 'l', description: 'd' };
  for (const [pieces, whole] of [
    [writeFeedXmlPieces(many, TEST_SPEC, channel), writeFeedXml(many, TEST_SPEC, channel)],
    [writeFeedTsvPieces(many, TEST_SPEC), writeFeedTsv(many, TEST_SPEC)],
    [writeFeedCsvPieces(many, TEST_SPEC), writeFeedCsv(many, TEST_SPEC)],
  ] as const) {
    assert.equal(pieces.join(''), whole);
    const shipped = pieces.filter((p) => p.includes('Parcel') && p.length < 300);
    assert.equal(shipped.length, 3_000);
    assert.equal(new Set(shipped).size, 1);
  }
});
