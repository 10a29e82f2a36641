import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findLegalForms } from './legal-forms.js';

test('single and multi-word legal forms are found anywhere in the name', () => {
  const cases: [string, number[], string[]][] = [
    ['orion trading llc', [0, 1], ['LLC']],
    ['ooo orion', [1], ['OOO']],
    ['orion trading sdn bhd', [0, 1], ['SDN BHD']],
    ['orion sp z oo', [0], ['SP Z OO']],
    ['public joint stock company orion', [4], ['PUBLIC JOINT STOCK COMPANY']],
    ['orion co ltd', [0], ['CO LTD']],
    ['orion gmbh and co kg', [0, 2], ['GMBH', 'CO KG']],
    ['obshchestvo s ogranichennoi otvetstvennostiu orion', [4], ['OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTIU']],
    ['orion', [0], []],
  ];
  for (const [text, kept, removed] of cases) assert.deepEqual(findLegalForms(text.split(' ')), { kept, removed }, text);
});

test('a lone s is a legal-form word only right after a spelled-out form', () => {
  assert.deepEqual(findLegalForms(['s', 'orion']).kept, [0, 1]);
});
