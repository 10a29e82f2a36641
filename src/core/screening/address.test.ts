import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressTokens, buildAddressIndex, screenAddress } from './address.js';

const index = buildAddressIndex([
  { list: 'ofac-sdn', id: '306', name: 'BANCO NACIONAL DE CUBA', addresses: ['Zweierstrasse 35, Zurich CH-8022, Switzerland', 'Avenida de Concha Espina 8, Madrid E-28036, Spain'], countries: ['CH', 'ES'] },
  { list: 'ofac-sdn', id: '36', name: 'AEROCARIBBEAN AIRLINES', addresses: ['Havana, Cuba'], countries: ['CU'] },
  { list: 'csl', id: 'x1', name: 'ACME TRADING', addresses: ['Musterstraße 12a, 10115 Berlin, Germany'], countries: ['DE'] },
]);

test('addresses that name only a city are not indexed', () => {
  assert.equal(index.addresses.length, 3);
  assert.deepEqual(addressTokens('Musterstraße 12a'), ['muster', '12', 'a']);
  assert.deepEqual(addressTokens('Musterstr. 12'), ['muster', '12']);
  assert.deepEqual(addressTokens('Stra 1'), ['stra', '1']);
});

test('the same door is found across case, accents, word order and the postal code', () => {
  const m = screenAddress(index, { lines: ['ZWEIERSTRASSE 35'], city: 'Zürich', postalCode: '8022', country: 'CH' });
  assert.deepEqual(m.map((x) => [x.id, x.score]), [['306', 1]]);
  assert.match(m[0]!.why.join('; '), /house number 35/);
  const berlin = screenAddress(index, { lines: ['Musterstrasse 12 A', '2. OG'], city: 'Berlin', postalCode: '10115', country: 'DE' });
  assert.equal(berlin[0]?.id, 'x1');
  assert.match(berlin[0]!.why.join('; '), /postal code 10115/);
});

test('another house number, another city, another country or only the city is not a hit', () => {
  assert.deepEqual(screenAddress(index, { lines: ['Zweierstrasse 37'], city: 'Zurich', country: 'CH' }), []);
  assert.deepEqual(screenAddress(index, { lines: ['Zweierstrasse 35'], city: 'Basel', country: 'CH' }), []);
  assert.deepEqual(screenAddress(index, { lines: ['Zweierstrasse 35'], city: 'Zurich', country: 'AT' }), []);
  assert.deepEqual(screenAddress(index, { lines: ['Calle Mayor 1'], city: 'Havana', country: 'CU' }), []);
  assert.deepEqual(screenAddress(index, { lines: ['Bahnhofstrasse'], city: 'Zurich', country: 'CH' }), [], 'no house number: nothing to compare');
});

test('a different street at the same number in the same city is not a hit', () => {
  assert.deepEqual(screenAddress(index, { lines: ['Avenida de America 8'], city: 'Madrid', country: 'ES' }), []);
  assert.equal(screenAddress(index, { lines: ['Av. Concha Espina 8'], city: 'Madrid', country: 'ES' })[0]?.id, '306');
});
