import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, toCsv } from './csv.js';

test('fields with commas, quotes and line breaks are quoted, quotes doubled (RFC 4180)', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('cr\rhere'), '"cr\rhere"');
  assert.equal(csvField(''), '');
  assert.equal(csvField(null), '');
  assert.equal(csvField(undefined), '');
  assert.equal(csvField(12), '12');
  assert.equal(csvField(90071992547409931n), '90071992547409931');
  assert.equal(csvField(true), 'true');
  assert.equal(csvField('Hội An, Việt Nam'), '"Hội An, Việt Nam"');
});

test('cells a spreadsheet would read as formulas get a leading apostrophe; plain numbers stay numbers', () => {
  assert.equal(csvField('=HYPERLINK("http://x.example","click")'), `"'=HYPERLINK(""http://x.example"",""click"")"`);
  assert.equal(csvField('+1+2'), "'+1+2");
  assert.equal(csvField('-1+2'), "'-1+2");
  assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvField('\t=1'), "'\t=1");
  assert.equal(csvField('\r=1'), `"'\r=1"`);
  assert.equal(csvField('-3.05'), '-3.05');
  assert.equal(csvField('-305'), '-305');
  assert.equal(csvField('-'), "'-");
  assert.equal(csvField('-.5'), "'-.5");
  assert.equal(csvField('a=b'), 'a=b', 'only a leading sign matters');
});

test('a document is a header and records, each ended by CRLF', () => {
  assert.equal(toCsv(['order', 'note', 'tax'], [['LF-100016', 'ok, fine', '-3.05'], ['LF-100024', '=cmd', null]]), 'order,note,tax\r\nLF-100016,"ok, fine",-3.05\r\nLF-100024,\'=cmd,\r\n');
  assert.equal(toCsv(['a'], []), 'a\r\n');
});
