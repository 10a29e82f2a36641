// The numbers below are generated here (check digits computed by the helpers in this file) or are
// published algorithm test vectors; none is a real merchant's registration.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RegistrationScheme as LandedCostScheme } from '../landed-cost/rule-data.js';
import { ossSchemeOf, REGISTRATION_SCHEMES, validateRegistrationNumber, type RegistrationScheme } from './registration-number.js';

// Check digits, computed independently of the module under test.
const digitsOf = (s: string) => [...s].map(Number);
const dot = (s: string, weights: number[]) => digitsOf(s).reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0);

/** GB + 7 digits + the two check digits that make the HMRC sum 0 mod 97 (or, newer series, sum + 55). */
function ukVat(seven: string, series: 'old' | 'new' = 'old'): string {
  const sum = dot(seven, [8, 7, 6, 5, 4, 3, 2]) + (series === 'new' ? 55 : 0);
  return `GB${seven}${String((97 - (sum % 97)) % 97).padStart(2, '0')}`;
}

/** The two leading ABN digits that make the weighted sum 0 mod 89, in front of nine chosen digits. */
function abn(nine: string): string {
  for (let prefix = 10; prefix <= 99; prefix++) {
    const candidate = `${prefix}${nine}`;
    const adjusted = `${Number(candidate[0]) - 1}${candidate.slice(1)}`;
    if (dot(adjusted, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0) return candidate;
  }
  throw new Error('no ABN prefix');
}

/** IRD number: 8 base digits (with leading zero) + the Inland Revenue check digit, or null if none. */
function ird(eight: string): string | null {
  const pass = (w: number[]) => { const r = dot(eight, w) % 11; return r === 0 ? 0 : 11 - r; };
  let c = pass([3, 2, 7, 6, 5, 4, 3, 2]);
  if (c === 10) c = pass([7, 4, 3, 2, 5, 2, 7, 6]);
  return c === 10 ? null : `${eight}${c}`;
}

/** UID digits: 8 chosen digits + the mod-11 check digit, or null when it would be 10. */
function uid(eight: string): string | null {
  const r = dot(eight, [5, 4, 3, 2, 7, 6, 5, 4]) % 11;
  const c = r === 0 ? 0 : 11 - r;
  return c === 10 ? null : `${eight}${c}`;
}

/** Replace the last digit with the next one (mod 10): a wrong check digit. */
const bumpLast = (s: string) => s.slice(0, -1) + String((Number(s.at(-1)) + 1) % 10);

function accepts(scheme: RegistrationScheme, input: string, normalized: string, checked: 'check_digit' | 'format', region?: string) {
  const r = validateRegistrationNumber(scheme, input, region ? { region } : {});
  assert.ok(r.ok, `${scheme} ${input}: ${r.ok ? '' : r.message}`);
  assert.equal(r.value.normalized, normalized);
  assert.equal(r.value.checked, checked);
  return r.value;
}

function refuses(scheme: RegistrationScheme, input: string, message: RegExp, field = 'number', region?: string) {
  const r = validateRegistrationNumber(scheme, input, region ? { region } : {});
  assert.equal(r.ok, false, `${scheme} ${input} should be refused`);
  if (r.ok) return;
  assert.equal(r.code, 'VALIDATION_FAILED');
  assert.equal(r.field, field);
  assert.match(r.message, message);
}

test('the scheme ids cover every registration the landed-cost rules name', () => {
  const landed: LandedCostScheme[] = ['IOSS', 'UK_VAT', 'AU_GST', 'NZ_GST', 'NO_VOEC', 'SG_OVR', 'CH_VAT'];
  const widen = (s: LandedCostScheme): RegistrationScheme => s; // fails to type-check if the ids drift apart
  for (const s of landed) assert.ok(REGISTRATION_SCHEMES.includes(widen(s)), s);
  assert.ok(REGISTRATION_SCHEMES.includes('EORI'));
  assert.ok(REGISTRATION_SCHEMES.includes('EU_OSS'));
  assert.ok(REGISTRATION_SCHEMES.includes('US_SALES_TAX'));
});

test('EORI: EU country code + up to 15 alphanumerics; GB and XI + 12 digits; format only', () => {
  accepts('EORI', 'de 1234567', 'DE1234567', 'format');
  accepts('EORI', 'NL-123.456.789', 'NL123456789', 'format');
  accepts('EORI', 'FR12345678901234X', 'FR12345678901234X', 'format');
  accepts('EORI', ' gb 123456789 000 ', 'GB123456789000', 'format');
  accepts('EORI', 'XI123456789000', 'XI123456789000', 'format');
  refuses('EORI', 'GB12345678900', /GB \+ 12 digits/);
  refuses('EORI', 'GB12345678900A', /GB \+ 12 digits/);
  refuses('EORI', 'US123456789', /'US' is not one/);
  refuses('EORI', 'EL123456789', /'EL' is not one/);
  refuses('EORI', 'DE1234567890123456', /1 to 15/);
  refuses('EORI', 'DE', /1 to 15/);
});

test('IOSS: IM + member-state numeric code + 7 digits; format only', () => {
  const v = accepts('IOSS', 'im 276 000 0001', 'IM2760000001', 'format');
  assert.match(v.note ?? '', /DE/);
  accepts('IOSS', 'IM5281234567', 'IM5281234567', 'format');
  accepts('IOSS', 'IM0401234567', 'IM0401234567', 'format');
  refuses('IOSS', 'IM123', /IM \+ 3-digit EU member state code/);
  refuses('IOSS', 'IM27600000012', /IM \+ 3-digit/);
  refuses('IOSS', 'IM8260000001', /826 is not the numeric code of an EU member state/);
  refuses('IOSS', 'IN2760000001', /intermediary/);
});

test('UK VAT: HMRC mod 97 and the newer 9755 series, branch, GD and HA numbers', () => {
  const old = ukVat('1234567');
  const newer = ukVat('7654321', 'new');
  accepts('UK_VAT', old, old, 'check_digit');
  accepts('UK_VAT', newer, newer, 'check_digit');
  accepts('UK_VAT', `${old.slice(2, 5)} ${old.slice(5, 9)} ${old.slice(9)}`.toLowerCase(), old, 'check_digit');
  accepts('UK_VAT', `gb-${old.slice(2)}`, old, 'check_digit');
  const branch = accepts('UK_VAT', `${old}001`, `${old}001`, 'check_digit');
  assert.match(branch.note ?? '', /branch/);
  refuses('UK_VAT', bumpLast(old), /check digits do not add up/);
  refuses('UK_VAT', bumpLast(newer), /check digits do not add up/);
  refuses('UK_VAT', `${bumpLast(old)}001`, /check digits do not add up/);
  refuses('UK_VAT', 'GB000000000', /not an issued/);
  refuses('UK_VAT', 'GB12345678', /GB \+ 9 digits/);
  refuses('UK_VAT', 'DE123456789', /GB \+ 9 digits/);
  refuses('UK_VAT', `XI${old.slice(2)}`, /GB form/);
  accepts('UK_VAT', 'gbgd 001', 'GBGD001', 'format');
  accepts('UK_VAT', 'GBHA599', 'GBHA599', 'format');
  refuses('UK_VAT', 'GBGD500', /000 to 499/);
  refuses('UK_VAT', 'GBHA499', /500 to 999/);
});

test('AU GST: ABN mod 89, or an ARN for simplified GST (format only)', () => {
  const a = abn('123456789');
  const b = abn('000000001');
  accepts('AU_GST', a, a, 'check_digit');
  accepts('AU_GST', b, b, 'check_digit');
  accepts('AU_GST', `${a.slice(0, 2)} ${a.slice(2, 5)} ${a.slice(5, 8)} ${a.slice(8)}`, a, 'check_digit');
  refuses('AU_GST', bumpLast(a), /ABN check digits do not add up/);
  refuses('AU_GST', `0${a.slice(1)}`, /does not start with 0/);
  refuses('AU_GST', a.slice(1), /ABN \(11 digits\)/);
  refuses('AU_GST', `${a.slice(0, 10)}X`, /ABN \(11 digits\)/);
  const arn = accepts('AU_GST', '3000-1234-5678', '300012345678', 'format');
  assert.match(arn.note ?? '', /ARN/);
  refuses('AU_GST', '400012345678', /ARN \(12 digits starting with 3\)/);
});

test('NZ GST: IRD number mod 11 with the second weighting, padded to 9 digits, within range', () => {
  // Test vectors as published by Inland Revenue with its IRD number check-digit specification.
  accepts('NZ_GST', '49091850', '049091850', 'check_digit');
  accepts('NZ_GST', '35901981', '035901981', 'check_digit');
  accepts('NZ_GST', '49098576', '049098576', 'check_digit'); // needs the second weighting
  accepts('NZ_GST', '136410132', '136410132', 'check_digit'); // needs the second weighting
  refuses('NZ_GST', '136410133', /check digit does not add up/);
  refuses('NZ_GST', '9125568', /8 or 9 digits/);
  // Generated ones.
  const a = ird('12345678')!;
  const b = ird('07654321')!;
  assert.ok(a && b);
  accepts('NZ_GST', `${a.slice(0, 3)}-${a.slice(3, 6)}-${a.slice(6)}`, a, 'check_digit');
  const padded = accepts('NZ_GST', b.slice(1), b, 'check_digit');
  assert.match(padded.note ?? '', /padded/);
  refuses('NZ_GST', bumpLast(a), /check digit does not add up/);
  refuses('NZ_GST', ird('00999999') ?? '009999990', /between 10-000-000 and 150-000-000/);
  refuses('NZ_GST', ird('15000001') ?? '150000010', /between 10-000-000 and 150-000-000/);
  // A base whose both passes give 10 is never valid, whatever its last digit.
  const never = [...Array(2000).keys()].map((i) => String(2_000_000 + i * 37).padStart(8, '0')).find((s) => ird(s) === null);
  assert.ok(never, 'found a base with no valid check digit');
  for (let d = 0; d <= 9; d++) refuses('NZ_GST', `${never}${d}`, /check digit does not add up/);
  refuses('NZ_GST', '12-345-67A', /8 or 9 digits/);
});

test('NO VOEC: VOEC + 7 digits', () => {
  accepts('NO_VOEC', 'voec 2026001', 'VOEC2026001', 'format');
  accepts('NO_VOEC', 'VOEC-0123456', 'VOEC0123456', 'format');
  refuses('NO_VOEC', 'VOEC202600', /VOEC \+ 7 digits/);
  refuses('NO_VOEC', '2026001', /VOEC \+ 7 digits/);
  refuses('NO_VOEC', 'MVA2026001', /VOEC \+ 7 digits/);
});

test('SG OVR: IRAS M-number or a UEN; format only', () => {
  accepts('SG_OVR', 'm9-0012345-x', 'M90012345X', 'format');
  accepts('SG_OVR', '12345678A', '12345678A', 'format');
  accepts('SG_OVR', '202612345K', '202612345K', 'format');
  accepts('SG_OVR', 't26 lp 1234 a', 'T26LP1234A', 'format');
  refuses('SG_OVR', 'M900123456', /M \+ 8 digits \+ a check letter/);
  refuses('SG_OVR', 'M9001234X', /M \+ 8 digits/);
  refuses('SG_OVR', 'X26LP1234A', /T\/S\/R/);
  refuses('SG_OVR', '1234567890', /UEN/);
});

test('CH VAT: UID mod 11, stored as CHE-123.456.789 MWST', () => {
  const d = uid('12345678')!;
  const e = uid('10000000')!;
  assert.ok(d && e);
  const pretty = (x: string) => `CHE-${x.slice(0, 3)}.${x.slice(3, 6)}.${x.slice(6)} MWST`;
  accepts('CH_VAT', `CHE-${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)} MWST`, pretty(d), 'check_digit');
  accepts('CH_VAT', `che ${d} tva`, pretty(d), 'check_digit');
  accepts('CH_VAT', `CHE${e}IVA`, pretty(e), 'check_digit');
  const bare = accepts('CH_VAT', `CHE-${d}`, pretty(d), 'check_digit');
  assert.match(bare.note ?? '', /no MWST/);
  refuses('CH_VAT', `CHE${bumpLast(d)} MWST`, /check digit does not add up/);
  // A base whose check digit would be 10 is never issued.
  const never = [...Array(1000).keys()].map((i) => String(10_000_000 + i * 13)).find((s) => uid(s) === null);
  assert.ok(never);
  for (let c = 0; c <= 9; c++) refuses('CH_VAT', `CHE${never}${c}`, /check digit does not add up/);
  refuses('CH_VAT', `CHE${d} HR`, /commercial register/);
  refuses('CH_VAT', 'CHE-123.456 MWST', /CHE \+ 9 digits/);
  refuses('CH_VAT', '123456', /CHE \+ 9 digits/);
});

test('US sales tax: a state with a sales tax is required; the permit format is not checked', () => {
  const v = accepts('US_SALES_TAX', ' srkh 123-456789 ', 'SRKH123-456789', 'format', 'ca');
  assert.equal(v.note, 'state permits have state-specific formats; not checked');
  accepts('US_SALES_TAX', '12-3456789', '12-3456789', 'format', 'TX');
  refuses('US_SALES_TAX', '12345', /needs the state/, 'region');
  refuses('US_SALES_TAX', '12345', /'OR' is not a US state with a statewide sales tax/, 'region', 'OR');
  refuses('US_SALES_TAX', '12345', /'XX' is not/, 'region', 'XX');
  refuses('US_SALES_TAX', '123456789012345678901', /1 to 20/, 'number', 'NY');
  refuses('US_SALES_TAX', '123/456', /letters, digits and dashes/, 'number', 'NY');
  refuses('US_SALES_TAX', '---', /letters, digits and dashes/, 'number', 'NY');
});

test('empty, oversized and unknown input is refused with the field named', () => {
  refuses('IOSS', '   ', /empty/);
  refuses('CH_VAT', 'CHE'.padEnd(500, '1'), /too long/);
  const r = validateRegistrationNumber('GST_XX' as RegistrationScheme, '123');
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.field, 'scheme');
});

// EU OSS. Check digits computed here, independently of eu-vat-number.ts, from each member state's
// published rule; the bases are arbitrary, so none is a real business's number.
const sumW = (s: string, w: number[]) => w.reduce((sum, x, i) => sum + Number(s[i]) * x, 0);
const pad2 = (n: number) => String(n).padStart(2, '0');
/** Luhn check digit for `s` (the digit that makes s + digit pass Luhn). */
function luhnDigit(s: string): string {
  const sum = [...s].reverse().reduce((acc, c, i) => { const d = Number(c) * (i % 2 === 0 ? 2 : 1); return acc + Math.floor(d / 10) + (d % 10); }, 0);
  return String((10 - (sum % 10)) % 10);
}
/** ISO 7064 MOD 11,10 check digit. */
function mod1110Digit(s: string): string {
  let p = 10;
  for (const c of s) { let t = (Number(c) + p) % 10; if (t === 0) t = 10; p = (t * 2) % 11; }
  return String((11 - p) % 10);
}
/** The first base (counting up from `from`) whose check digit exists, with it: some rules issue no number when the digit would be 10. */
function firstWith(from: number, width: number, digit: (base: string) => string | null): string {
  for (let n = from; ; n++) {
    const base = String(n).padStart(width, '0');
    const d = digit(base);
    if (d !== null) return base + d;
  }
}
const single = (n: number): string | null => (n >= 0 && n <= 9 ? String(n) : null);

/** Per member state with a verified check digit: a valid body (after the prefix) built here. */
const EU_VALID: Array<[string, string]> = [
  ['AT', `U${firstWith(4_711_001, 7, (b) => { const s = [...b].reduce((acc, c, i) => { const d = Number(c) * (i % 2 === 1 ? 2 : 1); return acc + Math.floor(d / 10) + (d % 10); }, 0); return String((10 - ((s + 4) % 10)) % 10); })}`],
  ['BE', `04711001${pad2(97 - (4_711_001 % 97))}`],
  ['DE', firstWith(47_110_012, 8, mod1110Digit)],
  ['DK', firstWith(4_711_001, 7, (b) => single((11 - (sumW(b, [2, 7, 6, 5, 4, 3, 2]) % 11)) % 11))],
  ['EE', firstWith(10_471_100, 8, (b) => String((10 - (sumW(b, [3, 7, 1, 3, 7, 1, 3, 7]) % 10)) % 10))],
  ['EL', firstWith(4_711_001, 8, (b) => String((sumW(b, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10))],
  ['FI', firstWith(4_711_001, 7, (b) => single((11 - (sumW(b, [7, 9, 10, 5, 8, 4, 2]) % 11)) % 11))],
  ['FR', `${pad2((12 + 3 * (471_100_123 % 97)) % 97)}471100123`],
  ['HR', firstWith(4_711_001_234, 10, mod1110Digit)],
  ['HU', firstWith(4_711_001, 7, (b) => String((10 - (sumW(b, [9, 7, 3, 1, 9, 7, 3]) % 10)) % 10))],
  ['IT', firstWith(4_711_001_001, 10, luhnDigit)],
  ['LU', `471100${pad2(471_100 % 89)}`],
  ['MT', `471100${pad2((37 - (sumW('471100', [3, 4, 6, 7, 8, 9]) % 37)) % 37)}`],
  ['NL', `${firstWith(47_110_012, 8, (b) => single(sumW(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11))}B01`],
  ['PL', firstWith(471_100_123, 9, (b) => single(sumW(b, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11))],
  ['PT', firstWith(47_110_012, 8, (b) => { const c = 11 - (sumW(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11); return String(c >= 10 ? 0 : c); })],
  ['RO', firstWith(4_711_001, 7, (b) => String(((10 * sumW(b.padStart(9, '0'), [7, 5, 3, 2, 1, 7, 5, 3, 2])) % 11) % 10))],
  ['SE', `${firstWith(471_100_123, 9, luhnDigit)}01`],
  ['SI', firstWith(4_711_001, 7, (b) => { const c = 11 - (sumW(b, [8, 7, 6, 5, 4, 3, 2]) % 11); return c === 11 ? null : String(c % 10); })],
  ['SK', firstWith(471_100_123, 9, (b) => single((11 - ((Number(b) * 10) % 11)) % 11))],
];

test('EU OSS, union scheme: the VAT number of the member state of identification, its check digit verified where one is', () => {
  assert.equal(EU_VALID.length, 20);
  for (const [prefix, body] of EU_VALID) {
    const v = accepts('EU_OSS', `${prefix.toLowerCase()} ${body}`, `${prefix}${body}`, 'check_digit');
    assert.match(v.note ?? '', new RegExp(`^union scheme, identified in ${prefix === 'EL' ? 'GR' : prefix}; ${prefix}: `), prefix);
    // Another last digit is refused (NL and SE end in a suffix, not the check digit: below).
    if (prefix !== 'NL' && prefix !== 'SE') refuses('EU_OSS', `${prefix}${bumpLast(body)}`, new RegExp(`^${prefix} VAT number check digit does not add up`));
  }
  const [, de] = EU_VALID.find(([p]) => p === 'DE')!;
  const v = accepts('EU_OSS', `DE ${de.slice(0, 3)} ${de.slice(3, 6)} ${de.slice(6)}`, `DE${de}`, 'check_digit');
  assert.equal(v.note, 'union scheme, identified in DE; DE: ISO 7064 MOD 11,10');
  refuses('EU_OSS', `DE${bumpLast(de)}`, /^DE VAT number check digit does not add up \(ISO 7064 MOD 11,10\)/);
  // The Netherlands: 9 digits + B + 2, and the suffix is not part of the check.
  const [, nl] = EU_VALID.find(([p]) => p === 'NL')!;
  accepts('EU_OSS', `NL${nl.slice(0, 10)}02`, `NL${nl.slice(0, 10)}02`, 'check_digit');
  refuses('EU_OSS', `NL${bumpLast(nl.slice(0, 9))}B01`, /^NL VAT number check digit does not add up/);
  // Sweden: the check is on the first 10 digits, the number ends in 01.
  const [, se] = EU_VALID.find(([p]) => p === 'SE')!;
  refuses('EU_OSS', `SE${bumpLast(se.slice(0, 10))}01`, /^SE VAT number check digit does not add up \(Luhn/);
  refuses('EU_OSS', `SE${se.slice(0, 10)}02`, /^a SE VAT number is SE \+ 10 digits \+ 01/);
});

test('EU OSS, union scheme: the Dutch numbers issued from 2020 pass by ISO 7064 MOD 97-10', () => {
  // 9 digits whose elfproef fails, with the 2-digit suffix that makes NL + number = 1 mod 97.
  const mod97 = (s: string) => BigInt([...s].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('')) % 97n;
  const elf = (d: string) => (sumW(d, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(d[8])) % 11 === 0;
  let found: string | undefined;
  for (let n = 300_000_001; !found; n++) {
    const d = String(n);
    if (elf(d)) continue;
    for (let suffix = 0; suffix < 100 && !found; suffix++) if (mod97(`NL${d}B${pad2(suffix)}`) === 1n) found = `${d}B${pad2(suffix)}`;
  }
  accepts('EU_OSS', `NL${found}`, `NL${found}`, 'check_digit');
  const other = `${found.slice(0, 10)}${pad2((Number(found.slice(10)) + 1) % 100)}`;
  assert.notEqual(mod97(`NL${other}`), 1n);
  refuses('EU_OSS', `NL${other}`, /^NL VAT number check digit does not add up/);
});

test('EU OSS, union scheme: legacy forms, Greece as EL, states checked by format only, and wrong formats naming the rule', () => {
  // Belgium's 9-digit numbers gain a leading 0; Greece's prefix is EL, GR is read as it, 8 digits gain a 0.
  const [, be] = EU_VALID.find(([p]) => p === 'BE')!;
  accepts('EU_OSS', `BE ${be.slice(1)}`, `BE${be}`, 'check_digit');
  const [, el] = EU_VALID.find(([p]) => p === 'EL')!;
  const gr = accepts('EU_OSS', `GR${el}`, `EL${el}`, 'check_digit');
  assert.match(gr.note ?? '', /identified in GR/);
  const el8 = firstWith(471_100, 7, (b) => String((sumW(`0${b}`, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10));
  accepts('EU_OSS', `EL${el8}`, `EL0${el8}`, 'check_digit');
  // Member states checked by format only say so.
  for (const [input, normalized] of [['ES B1234567C', 'ESB1234567C'], ['IE 1234567WA', 'IE1234567WA'], ['CZ 12345678', 'CZ12345678'], ['BG 123456789', 'BG123456789'], ['CY 12345678X', 'CY12345678X'], ['LT 123456789', 'LT123456789'], ['LV 12345678901', 'LV12345678901']] as const) {
    const v = accepts('EU_OSS', input, normalized, 'format');
    assert.match(v.note ?? '', /the check digit is not verified here, format only$/, input);
  }
  // A French alphanumeric key: format only; a numeric key that does not match the SIREN is refused.
  const fr = accepts('EU_OSS', 'FR AB 471100123', 'FRAB471100123', 'format');
  assert.match(fr.note ?? '', /alphanumeric key is not verified/);
  refuses('EU_OSS', 'FR IO471100123', /^a FR VAT number is FR \+ a 2-character key/);
  const [, frOk] = EU_VALID.find(([p]) => p === 'FR')!;
  refuses('EU_OSS', `FR${pad2((Number(frOk.slice(0, 2)) + 1) % 97)}${frOk.slice(2)}`, /^FR VAT number check digit does not add up \(the key/);
  // Wrong formats name the member state's rule.
  refuses('EU_OSS', 'DE12345678', /^a DE VAT number is DE \+ 9 digits, the first not 0/);
  refuses('EU_OSS', 'DE012345678', /^a DE VAT number is DE \+ 9 digits, the first not 0/);
  refuses('EU_OSS', 'AT12345678', /^a AT VAT number is ATU \+ 8 digits/);
  refuses('EU_OSS', 'NL123456789A01', /^a NL VAT number is NL \+ 9 digits \+ B \+ 2 digits/);
  refuses('EU_OSS', 'BE2123456789', /^a BE VAT number is BE \+ 10 digits starting with 0 or 1/);
  refuses('EU_OSS', 'IT0000000123', /^a IT VAT number is IT \+ 11 digits/);
  refuses('EU_OSS', 'IT00000001234', /^a IT VAT number is IT \+ 11 digits/);
  // Not a member state's prefix: GB, XI (Northern Ireland), CH, a bare number.
  refuses('EU_OSS', 'GB123456789', /'GB' is not one/);
  refuses('EU_OSS', 'XI123456789', /'XI' is not one/);
  refuses('EU_OSS', 'CHE123456789', /'CH' is not one/);
  refuses('EU_OSS', '123456789', /^an OSS number is the VAT number of the member state of identification.*'12' is not one$/);
  // An IOSS number is registered under IOSS.
  refuses('EU_OSS', 'IM2760000001', /IOSS number: register it under IOSS/);
});

test('EU OSS, non-union scheme: EU + member state numeric code + 6 digits, format only, and it covers no goods', () => {
  const v = accepts('EU_OSS', 'eu 372 000 041', 'EU372000041', 'format');
  assert.match(v.note ?? '', /^non-union scheme .* identified in IE; it does not cover distance sales of goods/);
  accepts('EU_OSS', 'EU-528-123456', 'EU528123456', 'format');
  refuses('EU_OSS', 'EU37200004', /EU \+ 3-digit EU member state code/);
  refuses('EU_OSS', 'EU3720000412', /EU \+ 3-digit EU member state code/);
  refuses('EU_OSS', 'EU826000041', /826 is not the numeric code of an EU member state/);
  refuses('EU_OSS', 'EUX72000041', /EU \+ 3-digit/);
  assert.equal(ossSchemeOf('EU_OSS', 'EU372000041'), 'non-union');
  assert.equal(ossSchemeOf('EU_OSS', 'DE471100126'), 'union');
  assert.equal(ossSchemeOf('IOSS', 'IM2760000001'), null);
});
