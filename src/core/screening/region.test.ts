import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanctionedRegionsOf, type SanctionedRegion } from './region.js';

const base = { jurisdictions: ['US'], validFrom: '2014-12-19', validTo: null, source: 's' };
const REGIONS: SanctionedRegion[] = [
  { ...base, id: 'kp', name: 'North Korea', country: 'KP', action: 'block' },
  { ...base, id: 'crimea', name: 'Crimea', country: 'UA', action: 'block', regions: ['UA-43', 'Crimea'], cities: ['Simferopol', 'Yalta'], postalCodes: [{ from: '95000', to: '99999' }] },
  { ...base, id: 'oblasts', name: 'Oblasts', country: 'UA', action: 'review', regions: ['UA-14', 'Donetska'], postalCodes: [{ from: '83000', to: '87999' }] },
  { ...base, id: 'gone', name: 'Ended', country: 'SY', action: 'block', validTo: '2025-06-30' },
];
const ids = (h: ReturnType<typeof sanctionedRegionsOf>) => h.map((x) => `${x.region.id}:${x.field}`);

test('a whole country, a region by code or name, a city, a postal code range', () => {
  assert.deepEqual(ids(sanctionedRegionsOf({ country: 'KP', city: 'Pyongyang' }, REGIONS, '2026-11-27')), ['kp:country']);
  assert.deepEqual(ids(sanctionedRegionsOf({ country: 'UA', region: 'ua-43', city: 'x' }, REGIONS, '2026-11-27')), ['crimea:region']);
  assert.deepEqual(ids(sanctionedRegionsOf({ country: 'UA', city: 'Jalta', lines: ['vul. Kirova 1, Crimea'] }, REGIONS, '2026-11-27')), ['crimea:region']);
  assert.deepEqual(ids(sanctionedRegionsOf({ country: 'UA', city: 'SIMFEROPOL' }, REGIONS, '2026-11-27')), ['crimea:city']);
  assert.deepEqual(ids(sanctionedRegionsOf({ country: 'UA', city: 'Some village', postalCode: '97 500' }, REGIONS, '2026-11-27')), ['crimea:postalCode']);
  assert.deepEqual(ids(sanctionedRegionsOf({ country: 'UA', city: 'Kramatorsk', postalCode: '84300' }, REGIONS, '2026-11-27')), ['oblasts:postalCode']);
});

test('the rest of the country, other countries, and regimes that ended or had not begun are clear', () => {
  assert.deepEqual(sanctionedRegionsOf({ country: 'UA', city: 'Kyiv', postalCode: '01001', region: 'Kyivska' }, REGIONS, '2026-11-27'), []);
  assert.deepEqual(sanctionedRegionsOf({ country: 'RU', city: 'Yalta' }, REGIONS, '2026-11-27'), []);
  assert.deepEqual(sanctionedRegionsOf({ country: 'SY', city: 'Damascus' }, REGIONS, '2026-11-27'), []);
  assert.deepEqual(ids(sanctionedRegionsOf({ country: 'SY', city: 'Damascus' }, REGIONS, '2025-01-01')), ['gone:country']);
  assert.deepEqual(sanctionedRegionsOf({ country: 'UA', city: 'Simferopol' }, REGIONS, '2014-12-18'), []);
  assert.deepEqual(sanctionedRegionsOf({ country: 'UA', city: 'Odesa', postalCode: '650' }, REGIONS, '2026-11-27'), [], 'a postal code of another length is not in a range');
});
