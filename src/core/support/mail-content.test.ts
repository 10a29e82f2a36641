import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundBody, checkAttachment, decodeEntities, htmlToText, sniffContentType, tidyText } from './mail-content.js';

test('HTML becomes the text a reader sees, with nothing that could run', () => {
  const html = `<html><head><title>t</title><style>p{color:red}</style></head><body>
    <p>Hallo,</p><script>alert('x')</script><p>wo ist meine Bestellung <b>LF-100420</b>?<br>Danke &amp; Gr&uuml;&szlig;e</p>
    <!-- tracking pixel --><img src="https://evil.example/x.png" onerror="alert(1)"><ul><li>eins</li><li>zwei</li></ul>
    <iframe src="https://evil.example"></iframe><a href="javascript:alert(1)">Klick</a></body></html>`;
  const text = htmlToText(html);
  assert.equal(text, 'Hallo,\n\nwo ist meine Bestellung LF-100420?\nDanke & Grüße\n\n• eins\n• zwei\n\nKlick');
  assert.doesNotMatch(text, /alert|<|color:red/);
});

test('an unclosed script or comment swallows the rest rather than leaking it', () => {
  assert.equal(htmlToText('before<script>alert(1)'), 'before');
  assert.equal(htmlToText('before<!-- never closed <p>x</p>'), 'before');
  assert.equal(htmlToText('a<b'), 'a');
});

test('entities: named, decimal, hexadecimal; invalid code points become U+FFFD', () => {
  assert.equal(decodeEntities('&lt;b&gt; &#233;t&#xE9; &euro;5 &Uuml;&ntilde;&AElig;&amp; &nbsp;&bogus; &#0; &#xD800; &#1114112;'), '<b> été €5 ÜñÆ&  &bogus; \uFFFD \uFFFD \uFFFD');
  // Decoded angle brackets are text, not markup: htmlToText strips tags before decoding.
  assert.equal(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;'), '<script>alert(1)</script>');
});

test('tidyText drops control characters and collapses blank runs', () => {
  assert.equal(tidyText('a\r\nb\u0000c\u202e\n\n\n\nd  \t e   \n'), 'a\nbc\u202e\n\nd e');
});

test('boundBody cuts long bodies without splitting a surrogate pair', () => {
  assert.deepEqual(boundBody('abc', 5), { text: 'abc', truncated: false });
  assert.deepEqual(boundBody('ab😀cd', 3), { text: 'ab', truncated: true });
  assert.deepEqual(boundBody('abcdef', 4), { text: 'abcd', truncated: true });
});

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04);
const EXE = bytes(0x4d, 0x5a, 0x90);
const TEXT = new TextEncoder().encode('hello, this is text');

test('attachment types come from the bytes; lies and programs are flagged', () => {
  assert.equal(sniffContentType(PDF), 'application/pdf');
  assert.equal(sniffContentType(TEXT), undefined);
  assert.equal(sniffContentType(new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50])), 'image/webp');
  assert.deepEqual(checkAttachment('application/pdf', PDF), { declaredType: 'application/pdf', detectedType: 'application/pdf', verdict: 'ok' });
  assert.equal(checkAttachment('Application/PDF; name="x.pdf"', PDF).verdict, 'ok');
  assert.equal(checkAttachment('application/pdf', ZIP).verdict, 'mismatch');
  assert.equal(checkAttachment('image/png', TEXT).verdict, 'mismatch', 'a PNG without the PNG signature');
  assert.equal(checkAttachment('text/plain', ZIP).verdict, 'mismatch');
  assert.equal(checkAttachment('text/plain', TEXT).verdict, 'ok');
  assert.equal(checkAttachment('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ZIP).verdict, 'ok');
  assert.equal(checkAttachment('application/octet-stream', ZIP).verdict, 'ok');
  assert.equal(checkAttachment('application/pdf', EXE).verdict, 'dangerous');
  assert.equal(checkAttachment('application/octet-stream', EXE).verdict, 'dangerous');
  assert.equal(checkAttachment('', TEXT).declaredType, 'application/octet-stream');
});
