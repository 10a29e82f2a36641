import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeText } from './normalize-text.js';
import { stemWord } from './stem-word.js';
import { headWord, negatedTokens, tokenize } from './tokenize.js';

test('units and quantities are dropped', () => {
  assert.equal(normalizeText('Coffee beans 500g'), 'coffee beans');
  assert.equal(normalizeText('Shampoo 100 ml 2x'), 'shampoo');
  assert.equal(normalizeText('socks x3, 12 pcs'), 'socks');
  assert.equal(normalizeText('ez-extreme2.5l'), 'ez extreme2');
});

test('HTML, entities, accents and punctuation', () => {
  assert.equal(normalizeText('<p>Crème <b>brûlée</b> &amp; café</p>'), 'creme brulee cafe');
  assert.equal(normalizeText('Men’s T-Shirt, 100% cotton!'), 'mens tshirt cotton');
  assert.equal(normalizeText('t shirt'), 'tshirt');
});

test('emoji are dropped', () => {
  assert.equal(normalizeText('🔥 Hoodie 👍🏽 black ❤️'), 'hoodie black');
  assert.equal(normalizeText('😀😀'), '');
});

test('Vietnamese is folded to plain letters', () => {
  assert.equal(normalizeText('Áo thun cotton đẹp'), 'ao thun cotton dep');
});

test('Japanese and Chinese become character pairs', () => {
  assert.deepEqual(tokenize('コーヒー豆'), ['コー', 'ーヒ', 'ヒー', 'ー豆']);
  assert.deepEqual(tokenize('绿茶 green tea'), ['绿茶', 'green', 'tea']);
  assert.deepEqual(tokenize('ジーンズ'), ['ジー', 'ーン', 'ンズ']);
});

test('light plural stemming and stopwords', () => {
  assert.deepEqual(tokenize('Boxes of berries and shoes'), ['box', 'berry', 'shoe']);
  assert.equal(stemWord('glasses'), 'glass');
  assert.equal(stemWord('trousers'), 'trousers');
  assert.equal(stemWord('shelves'), 'shelf');
});

test('negated words are dropped', () => {
  assert.deepEqual(tokenize('Coffee; not roasted, non-alcoholic, other than cotton'), ['coffee']);
});

test('long text is truncated, not rejected', () => {
  assert.ok(normalizeText('cotton '.repeat(2000)).length <= 2000);
});

test('the head noun is the last word of the first noun phrase', () => {
  assert.equal(headWord('bicycle pumps'), 'pump');
  assert.equal(headWord('jugs, porcelain or china'), 'jug');
  assert.equal(headWord('parts for spectacles'), 'part');
  assert.equal(headWord('Organic cotton tee (white) - size M'), 'tee');
  assert.equal(headWord('condensers, for non-domestic fridges'), 'condenser');
  assert.equal(headWord(', shoes'), 'shoe');
  assert.equal(headWord('!!!'), undefined);
});

test('negated words are collected apart', () => {
  assert.deepEqual(negatedTokens('T-shirts; of textile materials other than cotton'), ['cotton']);
  assert.deepEqual(negatedTokens('Coffee; not roasted, not decaffeinated'), ['roasted', 'decaffeinated']);
  assert.deepEqual(negatedTokens('roasted coffee'), []);
});
