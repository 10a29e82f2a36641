import { quoteValue } from './types.js';

export type RateTextRules = {
  /**
   * Rates written in words that are valid although they hold no number: USITC prints `Free` and,
   * in chapters 98 and 99, references such as "The duty provided in the applicable subheading".
   */
  allowWords?: boolean;
};

// A minus sign before a number, at the start or after an operator or parenthesis: "-5%", "+ -2 GBP".
// The seasonal UK rates write ranges as "(01 JUL - 31 JAN)", a hyphen between words, which is fine.
const NEGATIVE = /(^|[+(,;:/=])\s*[-\u2212]\s*\d/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// `Free`, `No change`, or a sentence of three words or more ("The duty provided in the applicable
// subheading", "A duty (in lieu of any other duty or tax) equal to ..."); a lone word such as
// "abc" or "TBD" is not a rate.
const WORD_FORMS = /^(free\b|no change\b|[a-z][a-z'-]*(\s+\S+){2,})/i;

/**
 * Check a duty rate written as text, as the tariff prints it (`6.0%`, `£20.00/100kg`,
 * `8.3% + 24.2 EUR / 100 kg`, `37.5¢/kg + 14.9%`, `Free`). The text is stored as written; this
 * only refuses what cannot be a rate: nothing, a negative amount, control characters, or words
 * without a number where a number is expected. Returns the reason naming `field`, or undefined.
 * @example checkRateText('-2%', 'ukgt_duty_rate') // 'ukgt_duty_rate is negative: "-2%"'
 */
export function checkRateText(text: string, field: string, rules: RateTextRules = {}): string | undefined {
  const t = text.trim();
  if (t === '') return `${field} is empty`;
  if (CONTROL.test(t)) return `${field} contains control characters: ${quoteValue(t)}`;
  if (t.length > 1000) return `${field} is longer than 1,000 characters`;
  if (NEGATIVE.test(t)) return `${field} is negative: ${quoteValue(t)}`;
  if (!/\d/.test(t) && !(rules.allowWords && WORD_FORMS.test(t))) return `${field} is not a duty rate: ${quoteValue(t)}`;
  // A number must start the rate unless words are allowed ("Free", "The rate applicable ...").
  if (!rules.allowWords && !/^[£$€¢]?\s*\d/.test(t)) return `${field} is not a duty rate: ${quoteValue(t)}`;
  return undefined;
}
