import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFreightShipment } from '../../core/freight/freight-input.js';
import { PACKAGE_KIND_NAMES, PACKAGE_KINDS } from './package-kinds.js';

test('package kinds: Rec. 21 codes of two characters, each once, each named', () => {
  const codes = PACKAGE_KINDS.map(([c]) => c);
  assert.equal(new Set(codes).size, codes.length);
  for (const [code, name] of PACKAGE_KINDS) {
    assert.match(code, /^[0-9A-Z]{2}$/);
    assert.ok(name.length > 2, code);
  }
  assert.equal(PACKAGE_KIND_NAMES.get('CT'), 'Carton');
  assert.equal(PACKAGE_KIND_NAMES.get('PX'), 'Pallet');
  assert.equal(PACKAGE_KIND_NAMES.get('CN'), 'Container, not otherwise specified as transport equipment');
  assert.equal(PACKAGE_KIND_NAMES.has('SX'), false, 'deleted from the list');
});

test('the shipped table is what the freight check accepts: a listed code passes, an unlisted one is named', () => {
  const body = (kind: string) => ({ mode: 'sea', portOfLoading: 'VNSGN', portOfDischarge: 'DEHAM', packages: [{ count: 2, kind, marks: 'LF', description: 'Cashews', grossWeightG: 1000 }] });
  assert.equal(parseFreightShipment(body('ct'), { packageKinds: PACKAGE_KIND_NAMES }).ok, true);
  const r = parseFreightShipment(body('QQQ'), { packageKinds: PACKAGE_KIND_NAMES });
  assert.equal(r.ok ? '' : r.field, 'packages[0].kind');
});
