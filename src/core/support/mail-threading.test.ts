import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conversationMessageId, conversationReplyTo, findConversationToken, findOrderNumbers, normalizeSubject, parseMessageIds } from './mail-threading.js';

test('normalizeSubject takes off reply and forward prefixes in many languages', () => {
  const same = ['Where is my order?', 'Re: Where is my order?', 'RE: re: Where is my order?', 'AW: Where is my order?', 'WG: AW: Where  is my order?', 'Fwd: Re[2]: Where is my order?', '回复：Where is my order?', 'Trả lời: Where is my order?', '[Ticket] Re: Where is my order?', 'SV: VS: Where is my order?'];
  for (const s of same) assert.equal(normalizeSubject(s), 'where is my order?', s);
  assert.equal(normalizeSubject('Return for order'), 'return for order');
  assert.equal(normalizeSubject('Reason: broken'), 'reason: broken', 'a word that starts like a prefix is kept');
});

test('the conversation token comes back through the reply-to address or the referenced ids', () => {
  const token = 'abcdefghij234567';
  assert.equal(conversationMessageId(token, 3, 'shop.example'), '<c-abcdefghij234567.3@shop.example>');
  assert.equal(conversationReplyTo('help@shop.example', token), 'help+c-abcdefghij234567@shop.example');
  assert.equal(findConversationToken({ to: ['help+c-ABCDEFGHIJ234567@shop.example'], references: [] }), token);
  const refs = parseMessageIds('<first@mail.example>  <c-abcdefghij234567.1@shop.example>\r\n <other@x>');
  assert.deepEqual(refs, ['<first@mail.example>', '<c-abcdefghij234567.1@shop.example>', '<other@x>']);
  assert.equal(findConversationToken({ to: ['help@shop.example'], references: refs }), token);
  assert.equal(findConversationToken({ to: ['help@shop.example'], references: ['<c-short.1@x>', '<random@x>'] }), undefined);
  assert.deepEqual(parseMessageIds(undefined), []);
  assert.equal(parseMessageIds('<a@b> '.repeat(500)).length, 100);
});

test('order numbers in a message: valid ones and typos', () => {
  assert.deepEqual(findOrderNumbers('Hi, order lf-100420 and LF100420 again, also LF-100421 and LF 100420.'), { valid: ['LF-100420'], typos: ['LF-100421'] });
  assert.deepEqual(findOrderNumbers('no numbers here, HALF-12 is a word'), { valid: [], typos: [] });
});
