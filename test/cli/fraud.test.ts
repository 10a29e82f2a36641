import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../support/cli-io.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-fraud-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[], stdin = '') {
  const rec = recordingIo({ LANDFALL_DATA_DIR: dataDir }, dataDir, stdin);
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

const jsonLines = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
const codes = (line: Record<string, any>) => (line.reasons as { code: string }[]).map((r) => r.code);

/** A plain domestic order from Berlin, card issued in Germany; `over` replaces top-level fields. */
function order(id: string, minute: number, over: Record<string, unknown> = {}) {
  return {
    id,
    createdAt: `2026-11-20T10:${String(minute).padStart(2, '0')}:00Z`,
    market: 'eu',
    currency: 'EUR',
    total: '49.90',
    items: [{ sku: 'tee', title: 'Cotton tee', category: 'apparel', quantity: 1, unitPrice: '49.90' }],
    customer: { id: null, email: `${id}@example.com`, name: 'Anna Berg' },
    billing: { name: 'Anna Berg', line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
    shipping: { name: 'Anna Berg', line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE', service: 'standard' },
    payment: { method: 'card', card: { bin: '411111', last4: '1111', issuerCountry: 'DE', funding: 'credit' }, cvcResult: 'match', avsResult: 'match' },
    ip: { address: '203.0.113.5', country: 'DE', isProxy: false, isHosting: false },
    device: { id: `device-${id}`, language: 'de-DE', timezone: 'Europe/Berlin' },
    session: { secondsOnSite: 300, pagesViewed: 6 },
    ...over,
  };
}

const card = (last4: string) => ({ method: 'card', card: { bin: '411111', last4, issuerCountry: 'DE', funding: 'credit' }, cvcResult: 'match', avsResult: 'match' });
const device = (id: string) => ({ id, language: 'de-DE', timezone: 'Europe/Berlin' });

test('[pglite] fraud score --json: one line per order, history carried from line to line', async () => {
  const stdin = [
    order('o-1', 0, { device: device('shared') }),
    order('o-2', 2, { device: device('shared'), payment: card('2222') }),
    order('o-3', 4, { device: device('shared'), payment: card('3333') }),
  ]
    .map((o) => JSON.stringify(o))
    .join('\n');
  const r = await run(['fraud', 'score', '--json'], stdin);
  assert.equal(r.code, 0, r.stderr);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(
    lines.map((l) => l.id),
    ['o-1', 'o-2', 'o-3'],
  );
  assert.deepEqual(Object.keys(lines[0]!), ['id', 'score', 'decision', 'reasons', 'missingSignals', 'sca']);
  for (const l of lines) {
    assert.ok(Number.isInteger(l.score) && l.score >= 0 && l.score <= 100, `score ${l.score}`);
    assert.ok(['approve', 'challenge', 'review', 'decline'].includes(l.decision));
  }
  // Three cards on one device within 24 hours: the velocity rule speaks on the third order only.
  assert.ok(!codes(lines[0]!).includes('many_cards_on_device'));
  assert.ok(!codes(lines[1]!).includes('many_cards_on_device'));
  const velocity = (lines[2]!.reasons as { code: string; message: string }[]).find((x) => x.code === 'many_cards_on_device');
  assert.ok(velocity, JSON.stringify(lines[2]!.reasons));
  assert.match(velocity.message, /3 different cards on this device/);
  assert.ok(lines[2]!.score > lines[0]!.score, `${lines[2]!.score} > ${lines[0]!.score}`);
});

test('[pglite] fraud score: "outcome" labels an order for the lines after it', async () => {
  const shared = { ip: { address: '198.51.100.7', country: 'DE', isProxy: false, isHosting: false } };
  const labeled = [order('f-1', 0, { ...shared, outcome: 'fraud' }), order('f-2', 30, { ...shared, payment: card('4444') })];
  const unlabeled = [order('g-1', 0, { ...shared, ip: { ...shared.ip, address: '198.51.100.8' } }), order('g-2', 30, { ...shared, ip: { ...shared.ip, address: '198.51.100.8' }, payment: card('4444') })];
  const withLabel = jsonLines((await run(['fraud', 'score', '--json'], labeled.map((o) => JSON.stringify(o)).join('\n'))).stdout);
  const withoutLabel = jsonLines((await run(['fraud', 'score', '--json'], unlabeled.map((o) => JSON.stringify(o)).join('\n'))).stdout);
  assert.ok(codes(withLabel[1]!).includes('linked_to_fraud'), JSON.stringify(withLabel[1]!.reasons));
  assert.ok(!codes(withoutLabel[1]!).includes('linked_to_fraud'));
});

test('[pglite] fraud score: a malformed IP address is left out and named; the order is still decided', async () => {
  const r = await run(['fraud', 'score', '--json'], JSON.stringify(order('o-ip', 0, { ip: { address: '300.1.2.3', country: 'DE' } })));
  assert.equal(r.code, 0, r.stderr);
  const [line] = jsonLines(r.stdout);
  assert.equal(line!.id, 'o-ip');
  assert.ok(['approve', 'challenge', 'review', 'decline'].includes(line!.decision));
  const gap = (line!.missingSignals as { field: string; problem: string; message: string }[]).find((m) => m.field === 'ip.address');
  assert.ok(gap, JSON.stringify(line!.missingSignals));
  assert.equal(gap.problem, 'invalid');
  assert.match(gap.message, /300\.1\.2\.3/);
});

test('[pglite] fraud score: refused and non-JSON lines print an error in their place, the rest is scored, exit 2', async () => {
  const stdin = [JSON.stringify(order('a', 0)), '', JSON.stringify(order('b', 1, { total: '-10.00' })), '{"id": "c",', JSON.stringify(order('d', 2))].join('\n');
  const r = await run(['fraud', 'score', '--json'], stdin);
  assert.equal(r.code, 2);
  const lines = jsonLines(r.stdout);
  assert.equal(lines.length, 4, 'the blank line is skipped');
  assert.equal(lines[0]!.id, 'a');
  assert.deepEqual(Object.keys(lines[1]!.error), ['code', 'line', 'field', 'message']);
  assert.equal(lines[1]!.error.code, 'VALIDATION_FAILED');
  assert.equal(lines[1]!.error.line, 3, 'line numbers count the blank line');
  assert.equal(lines[1]!.error.field, 'total');
  assert.match(lines[1]!.error.message, /negative/);
  assert.equal(lines[2]!.error.line, 4);
  assert.equal(lines[2]!.error.field, null);
  assert.match(lines[2]!.error.message, /not JSON/);
  assert.equal(lines[3]!.id, 'd');
  assert.equal(lines[3]!.decision, 'approve');
  assert.match(r.stderr, /2 line\(s\) refused, 2 scored/);
});

test('[pglite] fraud score without --json prints one readable line per order', async () => {
  const stdin = [order('h-1', 0, { device: device('d') }), order('h-2', 1, { device: device('d'), payment: card('2222') }), order('h-3', 2, { device: device('d'), payment: card('3333') })]
    .map((o) => JSON.stringify(o))
    .join('\n');
  const r = await run(['fraud', 'score'], `${stdin}\nnot json\n`);
  assert.equal(r.code, 2);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^h-1 {2}\d{1,3} approve {2}/);
  assert.match(lines[2]!, /^h-3 {2}\d{1,3} \w+ {2}3 different cards on this device within 24 hours$/);
  assert.match(r.stderr, /line 4: the line is not JSON/);
});

test('fraud --help explains the input, the output, outcome and the exit codes', async () => {
  const r = await run(['fraud', '--help']);
  assert.equal(r.code, 0);
  for (const words of ['MAJOR units', 'payment: {method, card: {bin, last4, issuerCountry', 'ip: {address, country, isProxy, isHosting}', '"outcome" labels that order', 'missingSignals', '{"error": {"code"', 'Exit codes', 'evaluate DIR_OR_FILE']) {
    assert.ok(r.stdout.includes(words), `help mentions ${words}`);
  }
  assert.equal((await run(['fraud', 'score', '--help'])).stdout, r.stdout);
  assert.match((await run(['--help'])).stdout, /fraud +Score orders for fraud/);
});

test('fraud usage errors exit 2', async () => {
  assert.equal((await run(['fraud'])).code, 2);
  assert.equal((await run(['fraud', 'guess'])).code, 2);
  assert.equal((await run(['fraud', 'score', 'orders.jsonl'])).code, 2);
  assert.equal((await run(['fraud', 'evaluate'])).code, 2);
  assert.equal((await run(['fraud', 'score', '--limit', '3'])).code, 2);
});

/** Four cards tried on one device within minutes, then a fifth: card testing. */
const cardTesting = {
  id: 'card-testing-5th-card',
  label: 'attack',
  pattern: 'card-testing',
  why: 'Five different cards on one device within minutes',
  expected: 'decline',
  accept: ['decline', 'review'],
  history: ['1111', '2222', '3333', '4444'].map((last4, i) => order(`t-${i}`, i, { device: device('tester'), payment: card(last4), outcome: 'fraud' })),
  order: order('t-5', 5, { device: device('tester'), payment: card('5555') }),
};
const regular = {
  id: 'domestic-first-order',
  label: 'legitimate',
  pattern: 'domestic-buyer',
  why: 'A first order, everything in one country',
  expected: 'approve',
  accept: ['approve'],
  history: [],
  order: order('r-1', 0),
};

test('[pglite] fraud evaluate runs a suite folder and prints the summary', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-scenarios-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'attacks.json'), JSON.stringify([cardTesting]));
  fs.writeFileSync(path.join(dir, 'good.json'), JSON.stringify({ cases: [regular] }));
  fs.writeFileSync(path.join(dir, 'README.md'), 'not a suite file');

  const r = await run(['fraud', 'evaluate', dir, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const { summary, cases } = JSON.parse(r.stdout);
  assert.deepEqual(
    cases.map((c: { id: string; file: string; got: string; pass: boolean }) => [c.id, c.file, c.got, c.pass]),
    [
      ['card-testing-5th-card', 'attacks.json', 'decline', true],
      ['domestic-first-order', 'good.json', 'approve', true],
    ],
  );
  assert.ok(cases[0].topReasons.includes('card_testing_device'), cases[0].topReasons.join(','));
  assert.ok(cases[0].topReasons.length <= 3);
  assert.deepEqual(summary.legitimate, { count: 1, approved: 1, passed: 1, approvalRate: 1, passRate: 1 });
  assert.deepEqual(summary.attack, { count: 1, caught: 1, passed: 1, catchRate: 1, passRate: 1 });
  assert.equal(summary.cases, 2);
  assert.equal(summary.passed, 2);
  assert.deepEqual(
    summary.patterns.map((p: { pattern: string; count: number; passed: number; approved: number }) => [p.pattern, p.count, p.passed, p.approved]),
    [
      ['card-testing', 1, 1, 0],
      ['domestic-buyer', 1, 1, 1],
    ],
  );

  // A legitimate case that is challenged counts against the approval rate, not the pass rate when accepted.
  const strict = { ...regular, id: 'strict', accept: ['approve', 'challenge'], order: order('r-2', 0, { payment: { ...card('9999'), cvcResult: 'no_match' }, ip: { address: '203.0.113.9', country: 'BR', isProxy: true, isHosting: true } }) };
  const file = path.join(dir, 'mixed.json');
  fs.writeFileSync(file, JSON.stringify([strict, { ...cardTesting, id: 'lenient', accept: ['approve'] }]));
  const human = await run(['fraud', 'evaluate', file]);
  assert.equal(human.code, 0, human.stderr);
  // Score 80 is in the decline band; SCA applies to the German card, so 3-D Secure is asked instead.
  assert.match(human.stdout, /^strict +legitimate +approve +challenge +yes +80 +cvc_no_match, /m);
  assert.match(human.stdout, /^lenient +attack +decline +decline +NO /m);
  assert.match(human.stdout, /Legitimate: 1 cases, approved 0 \(0\.0%\), acceptable 1 \(100\.0%\)/);
  assert.match(human.stdout, /Attacks: 1 cases, caught 1 \(100\.0%\), acceptable 0 \(0\.0%\)/);
  assert.match(human.stdout, /Cases: 2, passed 1, failed 1/);
});

test('fraud evaluate names the file and the case of a malformed suite (exit 1), and a missing path (exit 4)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-scenarios-bad-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify([regular, { ...cardTesting, history: [order('x', 0, { total: -1 })] }]));
  const bad = await run(['fraud', 'evaluate', dir]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /a\.json: case card-testing-5th-card: history\[0\] cannot be scored: total is negative/);
  fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify([{ ...regular, expected: 'maybe' }]));
  assert.match((await run(['fraud', 'evaluate', dir])).stderr, /a\.json: case domestic-first-order: expected must be one of approve/);
  fs.writeFileSync(path.join(dir, 'a.json'), '[{');
  assert.match((await run(['fraud', 'evaluate', dir])).stderr, /a\.json: not a JSON file/);
  assert.equal((await run(['fraud', 'evaluate', path.join(dir, 'nowhere')])).code, 4);
});
