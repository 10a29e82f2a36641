import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, html } from './html.js';

test('escapes interpolated text', () => {
  assert.equal(html`<p>${'<script>alert("x")</script> & \'y\''}</p>`.value, '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>');
});

test('nests templates and lists without double escaping', () => {
  const items = ['a&b', 'c'].map((x) => html`<li>${x}</li>`);
  assert.equal(html`<ul>${items}</ul>`.value, '<ul><li>a&amp;b</li><li>c</li></ul>');
});

test('null and undefined render as nothing; numbers as text', () => {
  assert.equal(html`${null}${undefined}${42}`.value, '42');
  assert.equal(escapeHtml('plain'), 'plain');
});
