import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileRestrictions, RESTRICTION_CATEGORIES } from '../../src/core/compliance/restricted-goods.js';
import { RESTRICTED_GOODS, RESTRICTION_GROUPS } from '../../src/data/compliance/restricted-goods.js';
import { RESTRICTION_CATEGORY_NAMES, RESTRICTION_SENTENCES } from '../../src/data/compliance/restriction-texts.js';
import { checkGoods } from '../../src/services/compliance/restrictions.js';

test('the restricted-goods rules compile, each with a source, a detail and dates; ids are unique', () => {
  const r = compileRestrictions(RESTRICTED_GOODS, RESTRICTION_GROUPS);
  assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.details));
  for (const rule of RESTRICTED_GOODS) {
    assert.ok(rule.source.length >= 20, `${rule.id} names its source`);
    assert.ok(rule.detail.endsWith('.'), `${rule.id} explains itself in a sentence`);
  }
  assert.equal(new Set(RESTRICTED_GOODS.map((x) => x.id)).size, RESTRICTED_GOODS.length);
  // Every category the issue names is covered by at least one rule.
  for (const c of RESTRICTION_CATEGORIES) assert.ok(RESTRICTED_GOODS.some((x) => x.category === c), `a rule for ${c}`);
});

test('the buyer texts cover every storefront language, every kind and every category, with their placeholders', () => {
  const storefront = ['en', 'de', 'es', 'fr', 'ja', 'vi', 'zh-Hans'];
  assert.deepEqual(Object.keys(RESTRICTION_SENTENCES).sort(), [...storefront].sort());
  for (const lang of storefront) {
    for (const [kind, sentence] of Object.entries(RESTRICTION_SENTENCES[lang]!)) {
      assert.ok(sentence.includes('{country}') && sentence.includes('{category}'), `${lang} ${kind}`);
    }
    assert.deepEqual(Object.keys(RESTRICTION_CATEGORY_NAMES[lang]!).sort(), [...RESTRICTION_CATEGORIES].sort(), lang);
  }
});

test('hand-checked cases against the shipped rules', () => {
  const at = (hsCode: string, title: string, country: string, date = '2026-11-27', extra: object = {}) => checkGoods({ hsCode, texts: [title], ...extra }, { country, date, locale: 'en' }, []);
  // Loose lithium-ion batteries: not by post anywhere, by courier with conditions.
  assert.deepEqual(at('850760', 'Lithium-ion battery pack', 'JP').barredChannels, ['postal']);
  // Vapes into Australia: prohibited from 2024-03-01, not before.
  assert.equal(at('854340', 'Disposable vape', 'AU').allowed, false);
  assert.equal(at('854340', 'Disposable vape', 'AU', '2024-02-29').allowed, true);
  // Wine to the US: the post refuses it, and a permitted importer is needed.
  assert.deepEqual(at('220421', 'Red wine', 'US').findings.map((f) => f.rule), ['us.postal.alcohol', 'us.alcohol', 'us.food-prior-notice']);
  // Perfume: never by post, by courier as dangerous goods.
  assert.deepEqual(at('330300', 'Eau de parfum', 'FR').barredChannels, ['postal']);
  // An ivory-coloured scarf is not ivory.
  assert.deepEqual(at('621410', 'Silk scarf, ivory colour', 'GB', undefined, { material: 'silk' }).findings, []);
  // Seeds for sowing into the EU need a phytosanitary certificate.
  assert.equal(at('120991', 'Vegetable seeds for sowing', 'NL').findings[0]?.rule, 'eu.plants-seeds');
  // Replica guns: prohibited in Great Britain, licence in Australia.
  assert.equal(at('950390', 'Replica gun toy', 'GB').findings[0]?.action, 'prohibited');
  assert.equal(at('950390', 'Replica gun toy', 'AU').findings[0]?.action, 'restricted');
});
