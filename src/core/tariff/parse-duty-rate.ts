import { parseDecimal, type Decimal } from '../decimal/decimal.js';
import { isCurrency } from '../money/currencies.js';
import { fail, ok, type Result } from '../result/result.js';
import type { DutyRate, DutyTerm, DutyUnit, SpecificTerm } from './duty-rate.js';

const SYMBOLS: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP', $: 'USD', '¥': 'JPY' };

const UNITS: ReadonlyArray<[RegExp, DutyUnit, number]> = [
  [/^kg$|^kilogram$|^kgm$/, 'kg', 1],
  [/^(no\.?|unit|units|item|items|p\/st|pce|pcs|piece|pieces|u)$/, 'unit', 1],
  [/^(pair|pairs|pr\.?|prs\.?)$/, 'pair', 1],
  [/^(l|litre|liter|litres|liters)$/, 'litre', 1],
  [/^(doz\.?|dozen)$/, 'unit', 12],
];

/**
 * Parse a duty rate as tariffs write it:
 * "Free", "12%", "6.0%", "3.50 EUR/kg", "EUR 3.50/kg", "€3.50 per kg", "£20.00/100kg",
 * "8.3% + 24.2 EUR / 100 kg", "1.5¢/kg", "37.5¢/kg + 14.9%", "$1.12/kg", "4.4¢/doz.",
 * "6% MIN 2.50 EUR/pair", "12% MAX 5 EUR/100 kg", "CHF 120.00/100kg gross".
 * Anything else is UNSUPPORTED_DUTY_RATE naming the part that could not be read.
 */
export function parseDutyRate(text: string): Result<DutyRate, 'UNSUPPORTED_DUTY_RATE'> {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  if (cleaned === '') return fail('UNSUPPORTED_DUTY_RATE', 'duty rate is empty');
  if (/^(free|exempt|nil)$/i.test(cleaned)) return ok({ terms: [] });

  const parts = cleaned.split(/\s*\b(MIN(?:IMUM)?|MAX(?:IMUM)?)\b\.?\s*/i);
  const main = parseSum(parts[0]!);
  if (!main.ok) return main;
  let minimum: DutyTerm[] | undefined;
  let maximum: DutyTerm[] | undefined;
  for (let i = 1; i < parts.length; i += 2) {
    const bound = parseSum(parts[i + 1] ?? '');
    if (!bound.ok) return bound;
    if (/^min/i.test(parts[i]!)) minimum = bound.value;
    else maximum = bound.value;
  }
  if (main.value.length === 0 && (minimum || maximum)) return fail('UNSUPPORTED_DUTY_RATE', `"${text}" has a bound without a rate`);
  return ok({ terms: main.value, ...(minimum ? { minimum } : {}), ...(maximum ? { maximum } : {}) });
}

function parseSum(text: string): Result<DutyTerm[], 'UNSUPPORTED_DUTY_RATE'> {
  const terms: DutyTerm[] = [];
  for (const raw of text.split('+')) {
    const term = parseTerm(raw.trim());
    if (!term) return fail('UNSUPPORTED_DUTY_RATE', `cannot read duty term "${raw.trim()}"`);
    if (term.type === 'ad-valorem' && term.percent.coef === 0 && text.split('+').length === 1) return ok([]);
    terms.push(term);
  }
  return ok(terms);
}

function parseTerm(text: string): DutyTerm | undefined {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) {
    const d = parseDecimal(percent[1]!);
    return d ? { type: 'ad-valorem', percent: d } : undefined;
  }
  const [amountPart, unitPart, ...rest] = text.split(/\s*(?:\/|\bper\b)\s*/i);
  if (!amountPart || !unitPart || rest.length > 0) return undefined;
  const amount = parseAmount(amountPart);
  const unit = parseUnit(unitPart);
  if (!amount || !unit) return undefined;
  const term: SpecificTerm = { type: 'specific', amount: amount.value, currency: amount.currency, per: unit.per, perQuantity: unit.perQuantity, ...(unit.weight ? { weight: unit.weight } : {}) };
  return term;
}

function parseAmount(text: string): { value: Decimal; currency: string } | undefined {
  const t = text.trim();
  const cents = /^(\d+(?:\.\d+)?)\s*¢$/.exec(t);
  if (cents) {
    const d = parseDecimal(cents[1]!);
    return d ? { value: { coef: d.coef, scale: d.scale + 2 }, currency: 'USD' } : undefined;
  }
  const symbol = /^([€£$¥])\s*(\d+(?:\.\d+)?)$/.exec(t);
  if (symbol) {
    const d = parseDecimal(symbol[2]!);
    return d ? { value: d, currency: SYMBOLS[symbol[1]!]! } : undefined;
  }
  const codeFirst = /^([A-Z]{3})\s*(\d+(?:\.\d+)?)$/i.exec(t);
  const codeLast = /^(\d+(?:\.\d+)?)\s*([A-Z]{3})$/i.exec(t);
  const [num, code] = codeFirst ? [codeFirst[2]!, codeFirst[1]!] : codeLast ? [codeLast[1]!, codeLast[2]!] : [undefined, undefined];
  if (num === undefined || code === undefined || !isCurrency(code.toUpperCase())) return undefined;
  const d = parseDecimal(num);
  return d ? { value: d, currency: code.toUpperCase() } : undefined;
}

function parseUnit(text: string): { per: DutyUnit; perQuantity: number; weight?: 'gross' | 'net' } | undefined {
  const m = /^(\d+)?\s*([a-z./]+?)\.?(?:\s+(gross|net|brutto|netto))?$/i.exec(text.trim());
  if (!m) return undefined;
  const multiplier = m[1] ? Number(m[1]) : 1;
  if (!Number.isSafeInteger(multiplier) || multiplier < 1) return undefined;
  const word = m[2]!.toLowerCase();
  for (const [pattern, per, factor] of UNITS) {
    if (pattern.test(word) || pattern.test(`${word}.`)) {
      const weightWord = m[3]?.toLowerCase();
      const weight = weightWord === 'gross' || weightWord === 'brutto' ? 'gross' : weightWord === 'net' || weightWord === 'netto' ? 'net' : undefined;
      return { per, perQuantity: multiplier * factor, ...(weight ? { weight } : {}) };
    }
  }
  return undefined;
}
