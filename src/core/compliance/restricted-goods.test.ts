import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { barredChannels, compileRestrictions, decideRestrictions, findRestrictions, type RestrictionRule } from './restricted-goods.js';

const base = { detail: 'd', source: 's', validFrom: '2020-01-01', validTo: null } as const;
const RULES: RestrictionRule[] = [
  { ...base, id: 'all.postal.cells', category: 'lithium_batteries', action: 'prohibited', destinations: ['*'], channels: ['postal'], when: [{ hs: ['850760'] }, { keywords: ['power bank*'] }] },
  { ...base, id: 'xx.vaping', category: 'vaping', action: 'prohibited', destinations: ['AU'], when: [{ keywords: ['vape*', 'e-cigarette'] }], validFrom: '2024-03-01' },
  { ...base, id: 'eu.tobacco', category: 'tobacco', action: 'restricted', destinations: ['EU'], when: [{ hs: ['2402'] }], requires: 'registration' },
  { ...base, id: 'eu.mercury', category: 'cosmetics', action: 'prohibited', destinations: ['EU'], when: [{ hs: ['3304'], keywords: ['mercury'] }] },
  { ...base, id: 'all.ivory', category: 'wildlife', action: 'prohibited', destinations: ['*'], when: [{ materials: ['ivory'] }, { keywords: ['carved ivory'] }], unless: [{ keywords: ['ivory colour'] }] },
  { ...base, id: 'all.wood', category: 'wood_packaging', action: 'conditional', destinations: ['*'], when: [{ tags: ['wood-packaging'] }], conditions: 'ISPM 15' },
  { ...base, id: 'us.courier.x', category: 'dangerous_goods', action: 'prohibited', destinations: ['US'], channels: ['courier'], when: [{ hs: ['3303'] }] },
  { ...base, id: 'us.postal.x', category: 'dangerous_goods', action: 'prohibited', destinations: ['US'], channels: ['postal'], when: [{ hs: ['3303'] }] },
];
const groups = { EU: ['DE', 'FR'] };
const set = (() => {
  const r = compileRestrictions(RULES, groups);
  if (!r.ok) throw new Error(r.message);
  return r.value;
})();
const item = (hsCode: string, text = 'Thing', extra: Record<string, unknown> = {}) => ({ hsCode, texts: [text], ...extra });
const ids = (f: { rule: string }[]) => f.map((x) => x.rule);

describe('findRestrictions', () => {
  it('matches by HS prefix, by keyword stem and by phrase, whatever the channel unless one is given', () => {
    assert.deepEqual(ids(findRestrictions(set, item('850760'), { destination: 'DE', date: '2026-01-01' })), ['all.postal.cells']);
    assert.deepEqual(ids(findRestrictions(set, item('850440', 'Slim Power-Banks 10000 mAh'), { destination: 'DE', date: '2026-01-01' })), ['all.postal.cells']);
    assert.deepEqual(ids(findRestrictions(set, item('850760'), { destination: 'DE', date: '2026-01-01', channel: 'courier' })), []);
    assert.deepEqual(ids(findRestrictions(set, item('854340', 'Vaporizer pen'), { destination: 'AU', date: '2026-01-01' })), []);
    assert.deepEqual(ids(findRestrictions(set, item('854340', 'Disposable VAPES, mint'), { destination: 'AU', date: '2026-01-01' })), ['xx.vaping']);
    assert.deepEqual(ids(findRestrictions(set, item('854340', 'E-Cigarette starter kit'), { destination: 'AU', date: '2026-01-01' })), ['xx.vaping']);
  });

  it('reads the rule in force on the date, for the destination or its group only', () => {
    assert.deepEqual(ids(findRestrictions(set, item('854340', 'vape'), { destination: 'AU', date: '2024-02-29' })), []);
    assert.deepEqual(ids(findRestrictions(set, item('854340', 'vape'), { destination: 'NZ', date: '2026-01-01' })), []);
    const f = findRestrictions(set, item('240220'), { destination: 'FR', date: '2026-01-01' });
    assert.deepEqual(f.map((x) => [x.rule, x.destination, x.action, x.requires, x.matchedBy]), [['eu.tobacco', 'EU', 'restricted', 'registration', 'HS 2402']]);
    assert.deepEqual(findRestrictions(set, item('240220'), { destination: 'CH', date: '2026-01-01' }), []);
  });

  it('needs every field of a pattern, and an unless pattern removes a match', () => {
    assert.deepEqual(ids(findRestrictions(set, item('330499', 'Face cream'), { destination: 'DE', date: '2026-01-01' })), []);
    assert.equal(findRestrictions(set, item('330499', 'Whitening cream with Mercury'), { destination: 'DE', date: '2026-01-01' })[0]?.matchedBy, 'HS 3304 and keyword "mercury"');
    assert.deepEqual(ids(findRestrictions(set, item('960200', 'Carved ivory figure'), { destination: 'JP', date: '2026-01-01' })), ['all.ivory']);
    assert.deepEqual(ids(findRestrictions(set, item('961900', 'Scarf, carved ivory colour'), { destination: 'JP', date: '2026-01-01' })), []);
    assert.deepEqual(ids(findRestrictions(set, item('392690', 'Bangle', { material: 'Ivory' }), { destination: 'JP', date: '2026-01-01' })), ['all.ivory']);
    assert.deepEqual(ids(findRestrictions(set, item('392690', 'Bangle', { tags: ['wood-packaging'] }), { destination: 'JP', date: '2026-01-01' })), ['all.wood']);
  });

  it('finds keywords in any of the texts, accents folded', () => {
    assert.deepEqual(ids(findRestrictions(set, { hsCode: '330499', texts: ['Crème', 'Crème au MERCURE', 'crème mit mércury'] }, { destination: 'DE', date: '2026-01-01' })), ['eu.mercury']);
  });
});

describe('decideRestrictions', () => {
  const at = (hs: string, text = 'x') => findRestrictions(set, item(hs, text), { destination: 'US', date: '2026-01-01' });
  it('blocks a prohibited item, and a channel limit only on that channel', () => {
    const cells = at('850760');
    const any = decideRestrictions(cells, [], { country: 'US' });
    assert.equal(any.allowed, true);
    assert.deepEqual(ids(any.blocking), []);
    assert.deepEqual(ids(any.conditions), ['all.postal.cells']);
    assert.equal(decideRestrictions(cells, [], { country: 'US', channel: 'postal' }).allowed, false);
    assert.equal(decideRestrictions(cells, [], { country: 'US', channel: 'courier' }).allowed, true);
    assert.deepEqual(barredChannels(cells, [], 'US'), ['postal']);
  });

  it('blocks when channel limits together close every channel', () => {
    const perfume = at('330300');
    assert.deepEqual(barredChannels(perfume, [], 'US'), ['postal', 'courier']);
    const v = decideRestrictions(perfume, [], { country: 'US' });
    assert.equal(v.allowed, false);
    assert.deepEqual(ids(v.blocking), ['us.courier.x', 'us.postal.x']);
    assert.deepEqual(v.conditions, []);
  });

  it('lets a held licence lift a restriction, for the group or the country', () => {
    const f = findRestrictions(set, item('240220'), { destination: 'DE', date: '2026-01-01' });
    assert.equal(decideRestrictions(f, [], { country: 'DE' }).allowed, false);
    const v = decideRestrictions(f, [{ rule: 'eu.tobacco', destination: 'EU', reference: 'R-1' }], { country: 'DE' });
    assert.equal(v.allowed, true);
    assert.deepEqual(v.licensed.map((l) => [l.rule, l.licence]), [['eu.tobacco', 'R-1']]);
    assert.equal(decideRestrictions(f, [{ rule: 'eu.tobacco', destination: 'DE', reference: 'R-2' }], { country: 'DE' }).allowed, true);
    assert.equal(decideRestrictions(f, [{ rule: 'eu.tobacco', destination: 'FR', reference: 'R-3' }], { country: 'DE' }).allowed, false);
    assert.equal(decideRestrictions(f, [{ rule: 'other', destination: 'EU', reference: 'R-4' }], { country: 'DE' }).allowed, false);
  });

  it('never lets a licence lift a prohibition', () => {
    const f = at('850760');
    assert.equal(decideRestrictions(f, [{ rule: 'all.postal.cells', destination: '*', reference: 'X' }], { country: 'US', channel: 'postal' }).allowed, false);
  });
});

describe('compileRestrictions', () => {
  it('names every bad field with its path', () => {
    const r = compileRestrictions(
      [
        { ...base, id: 'Bad Id', category: 'guns', action: 'banned', destinations: ['Narnia'], channels: ['air'], when: [] },
        { ...base, id: 'x.y', category: 'alcohol', action: 'restricted', destinations: ['US'], when: [{ hs: ['22x'], colour: ['red'] }], validFrom: '1 May', validTo: '2000-01-01' },
        { ...base, id: 'x.y', category: 'alcohol', action: 'conditional', destinations: ['EU'], when: [{ keywords: ['!!!'] }], unless: 'no' },
        'rule',
      ],
      groups,
    );
    assert.equal(r.ok, false);
    if (r.ok) return;
    const fields = (r.details ?? []).map((d) => d.field);
    const wanted = [
        'rules[0].id', 'rules[0].category', 'rules[0].action', 'rules[0].destinations', 'rules[0].channels', 'rules[0].when',
        'rules[1].requires', 'rules[1].validFrom', 'rules[1].when[0].colour', 'rules[1].when[0].hs',
        'rules[2].id', 'rules[2].conditions', 'rules[2].when[0].keywords', 'rules[2].unless', 'rules[3]',
    ];
    for (const w of wanted) assert.ok(fields.includes(w), `${w} not in ${fields.join(', ')}`);
  });
});
