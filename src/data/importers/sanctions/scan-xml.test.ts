import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanXmlRecords, type XmlElement } from './scan-xml.js';

function scan(text: string, root = 'list'): { records: XmlElement[]; result: ReturnType<typeof scanXmlRecords> } {
  const records: XmlElement[] = [];
  const result = scanXmlRecords(text, { expected: 'a test list', root, isRecord: (path) => path.length === 2 && path[0] === 'items', record: (e) => records.push(e) });
  return { records, result };
}

test('records arrive whole, with their line, attributes, text and children; the rest is only checked', () => {
  const xml = `<?xml version="1.0"?>
<!DOCTYPE list [ <!ELEMENT list ANY> ]>
<p:list xmlns:p="urn:test" p:date='2026-01-01'>
  <meta><item>not a record: wrong path</item></meta>
  <items>
    <!-- a comment with <tags> inside -->
    <item id="1" name="A &amp; B &#x41;&#66;">
      text &lt;1&gt;<![CDATA[ <raw> & ]]>
      <sub k="v"/>
      <sub>two</sub>
    </item>
    <p:item id='2'/>
  </items>
</p:list>
`;
  const { records, result } = scan(xml);
  assert.ok(result.ok);
  assert.deepEqual(result.value.attributes, { p: 'urn:test', date: '2026-01-01' });
  assert.deepEqual(records.map((r) => [r.name, r.line, r.attributes]), [
    ['item', 7, { id: '1', name: 'A & B AB' }],
    ['item', 12, { id: '2' }],
  ]);
  const first = records[0]!;
  assert.equal(first.text.trim().replace(/\s+/g, ' '), 'text <1> <raw> &');
  assert.deepEqual(first.children.map((c) => [c.name, c.line, c.text, c.attributes]), [
    ['sub', 9, '', { k: 'v' }],
    ['sub', 10, 'two', {}],
  ]);
});

test('malformed markup and other files are refused with the line', () => {
  const cases: ReadonlyArray<readonly [string, RegExp]> = [
    ['<list>\n<items>\n<item></items>\n</list>', /^line 3: malformed XML: <\/items> closes <item>$/],
    ['<list>\n<items>\n', /^line 3: malformed XML: <items> is never closed$/],
    ['<list>\n< item/>\n</list>', /^line 2: malformed XML: a "<" that starts no valid tag$/],
    ['<list a=1/>', /attribute a of <list> is not in quotes/],
    ['<list a="1/>', /attribute a of <list> is never closed/],
    ['<list/>\n<list/>', /^line 2: malformed XML: a second root element <list>$/],
    ['<list/>\ntrailing', /^line 1: malformed XML: text after the end of the root element$/],
    ['<list><!-- open', /a comment is never closed/],
    ['<other/>', /^not a test list: the root element is <other>, expected <list>$/],
    ['a,b,c\n1,2,3\n', /^not a test list: it starts with text, not an XML element: "a,b,c\\n1,2,3"$/],
    ['', /^not a test list: no XML elements found$/],
  ];
  for (const [xml, message] of cases) {
    const { result } = scan(xml);
    assert.equal(result.ok, false, xml);
    if (!result.ok) assert.match(result.message, message, xml);
  }
});
