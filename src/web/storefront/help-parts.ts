import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import type { DeMinimisRuleView, FeeView, FlatDutyView, HelpAmountView, RuleView, SchemeView, TaxView } from './help-view.js';
import { taxLabel } from './parts.js';

/**
 * The help page's sentences for one rule each (tax rate, de minimis, low-value scheme, flat duty,
 * fee), in the page's language, with the conditions the rule states and its source. Figures come
 * from the rules as given; nothing is computed here but formats.
 */

/** "EUR 150.00", or "USD 150.00 (₩207,450)" when the rule's currency is not the market's. */
export function amountText(t: Translator, a: HelpAmountView): string {
  const amount = t.money(a.amount.amount, a.amount.currency);
  return a.inMarketCurrency ? t.t('help.amount.converted', { amount, converted: t.money(a.inMarketCurrency.amount, a.inMarketCurrency.currency) }) : amount;
}

/** "up to EUR 150.00" (lte) or "less than NOK 3,000.00" (lt). */
export function limitText(t: Translator, comparison: 'lte' | 'lt', a: HelpAmountView): string {
  return t.t('help.limit', { comparison, amount: amountText(t, a) });
}

/** Names joined as the language lists them ("Germany and France"). */
export function listText(t: Translator, items: readonly string[]): string {
  return new Intl.ListFormat(t.lang, { style: 'long', type: 'conjunction' }).format(items);
}

const countriesText = (t: Translator, codes: readonly string[]) => listText(t, codes.map((c) => t.regionName(c)));

/** The day before an exclusive end date: the last day a rule applies. */
export function lastDay(effectiveTo: string): string {
  return new Date(Date.parse(`${effectiveTo}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** A rule's source with its web addresses as links; the text is the rule's own (English). */
export function linkedSource(source: string): SafeHtml {
  const parts: Array<SafeHtml | string> = [];
  let last = 0;
  for (const m of source.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = m[0].replace(/[.,;:)]+$/, '');
    parts.push(source.slice(last, m.index));
    parts.push(html`<a href="${url}" rel="external noopener">${url}</a>`);
    last = m.index + url.length;
  }
  parts.push(source.slice(last));
  return html`${parts}`;
}

/** Where a figure comes from: the source as the rule gives it, the rule id and its dates. */
export function citation(t: Translator, rule: RuleView): SafeHtml {
  const until = rule.effectiveTo ? html` · ${t.t('help.rule.lastDay', { date: new Date(`${lastDay(rule.effectiveTo)}T00:00:00Z`) })}` : '';
  return html`<p class="source"><small>${t.t('why.source')}: <span lang="en">${linkedSource(rule.source)}</span> · ${t.t('why.rule')} <code>${rule.id}</code> · ${t.t('help.rule.since', { date: new Date(`${rule.effectiveFrom}T00:00:00Z`) })}${until}</small></p>`;
}

/** The space between two sentences: none in Japanese and Chinese, which end sentences with a full-width stop. */
export function sentenceGap(t: Translator): string {
  return /^(ja|zh)\b/.test(t.uiLocale) ? '' : ' ';
}

/** One fact as a list item: its sentence, the conditions the rule adds, and its citation. */
function fact(t: Translator, kind: string, rule: RuleView, sentence: string, conditions: readonly string[]): SafeHtml {
  const gap = sentenceGap(t);
  return html`<li data-fact="${kind}" data-rule="${rule.id}"><span class="fact">${sentence}</span>${conditions.length > 0 ? html`${gap}<span class="conditions">${conditions.join(gap)}</span>` : ''}${citation(t, rule)}</li>`;
}

function codes(t: Translator, prefixes: readonly string[]): string {
  return listText(t, prefixes);
}

export function taxFact(t: Translator, tax: TaxView): SafeHtml {
  const name = taxLabel(t, tax.name);
  const rate = t.percent(tax.percent);
  const sentence =
    tax.kind === 'reduced'
      ? t.t('help.tax.reduced', { tax: name, region: tax.region ?? 'none', rate, codes: codes(t, tax.hsPrefixes) })
      : t.t('help.tax.standard', { tax: name, region: tax.region ?? 'none', rate });
  return fact(t, `tax-${tax.kind}`, tax.rule, sentence, []);
}

const VALUE_TESTED: Record<string, string> = {
  intrinsic: 'intrinsic',
  'customs-value': 'customs',
  cif: 'cif',
  'per-item': 'item',
  'retail-share': 'retail',
  'tax-amount': 'taxAmount',
  'duty-amount': 'dutyAmount',
};

/** The conditions a de minimis or fee rule adds: channel, where from, goods' origin, excluded goods. */
function scopeConditions(t: Translator, r: { channels: readonly string[]; shipFrom?: readonly string[]; notShipFrom?: readonly string[]; origins?: readonly string[]; notOrigins?: readonly string[]; excludedHsPrefixes?: readonly string[] }): string[] {
  const out: string[] = [];
  if (r.channels.length === 1) out.push(t.t('help.cond.channel', { channel: r.channels[0] === 'postal' ? 'postal' : 'courier' }));
  if (r.shipFrom && r.shipFrom.length > 0) out.push(t.t('help.cond.shipFrom', { countries: countriesText(t, r.shipFrom) }));
  if (r.notShipFrom && r.notShipFrom.length > 0) out.push(t.t('help.cond.notShipFrom', { countries: countriesText(t, r.notShipFrom) }));
  if (r.origins && r.origins.length > 0) out.push(t.t('help.cond.origins', { countries: countriesText(t, r.origins) }));
  if (r.notOrigins && r.notOrigins.length > 0) out.push(t.t('help.cond.notOrigins', { countries: countriesText(t, r.notOrigins) }));
  if (r.excludedHsPrefixes && r.excludedHsPrefixes.length > 0) out.push(t.t('help.cond.excluded', { codes: codes(t, r.excludedHsPrefixes) }));
  return out;
}

export function deMinimisFact(t: Translator, d: DeMinimisRuleView): SafeHtml {
  const kind = t.t(`why.deMinimis.kind.${d.appliesTo}`);
  if (!d.threshold) return fact(t, `de-minimis-${d.appliesTo}`, d.rule, t.t('why.deMinimis.none', { kind }), scopeConditions(t, d));
  const sentence = t.t('help.deMinimis.threshold', {
    kind,
    test: VALUE_TESTED[d.valueTested] ?? 'other',
    limit: limitText(t, d.comparison, d.threshold),
    share: d.retailSharePercent ? t.percent(d.retailSharePercent) : '',
  });
  return fact(t, `de-minimis-${d.appliesTo}`, d.rule, sentence, scopeConditions(t, d));
}

/** Who pays what customs assesses at the border: the shop under DDP (in the checkout total), the buyer under DAP. */
export function borderWho(t: Translator, incoterm: 'DDP' | 'DAP'): string {
  return t.t('help.border.who', { incoterm });
}

export function schemeFact(t: Translator, s: SchemeView, taxName: string, incoterm: 'DDP' | 'DAP'): SafeHtml {
  const scope = t.t('help.scheme.scope', { scheme: s.name, test: s.valueTested === 'per-item' ? 'item' : 'order', limit: limitText(t, s.comparison, s.ceiling) });
  const mode = s.mode === 'point-of-sale' ? (s.registered ? 'registered' : 'mustRegister') : s.mode;
  const lines = [t.t('help.scheme.mode', { mode, registration: s.registration, tax: taxName })];
  if (s.relievesDuty && s.mode === 'point-of-sale') lines.push(t.t('help.scheme.dutyFree'));
  if (s.excludedHsPrefixes.length > 0) lines.push(t.t('help.scheme.excluded', { codes: codes(t, s.excludedHsPrefixes) }));
  lines.push(t.t('help.scheme.above'), borderWho(t, incoterm));
  return fact(t, 'scheme', s.rule, scope, lines);
}

export function flatDutyFact(t: Translator, f: FlatDutyView): SafeHtml {
  const per = f.per === 'distinct-classification' ? 'classification' : f.per === 'item' ? 'item' : 'consignment';
  const sentence = t.t('help.flat.rule', { amount: amountText(t, f.amount), per, digits: f.classificationDigits, limit: limitText(t, f.comparison, f.ceiling) });
  return fact(t, 'flat-duty', f.rule, sentence, []);
}

export function feeFact(t: Translator, f: FeeView): SafeHtml {
  const basis =
    f.basis === 'per-consignment'
      ? 'consignment'
      : f.basis === 'per-line'
        ? 'line'
        : f.basis === 'percent-of-value'
          ? f.valueBase === 'goods+shipping+duty'
            ? 'valueShippingDuty'
            : f.valueBase === 'goods+shipping'
              ? 'valueShipping'
              : 'value'
          : 'dutyTax';
  const payee = f.payee === 'postal operator' ? 'postal' : f.payee;
  const sentence = t.t('help.fee.rule', { name: f.name, basis, amount: f.amount ? amountText(t, f.amount) : '', rate: f.percent ? t.percent(f.percent) : '', payee });
  const conditions: string[] = [];
  if (f.minimum) conditions.push(t.t('help.fee.minimum', { amount: amountText(t, f.minimum) }));
  if (f.maximum) conditions.push(t.t('help.fee.maximum', { amount: amountText(t, f.maximum) }));
  conditions.push(...scopeConditions(t, f));
  if (f.incoterms.length === 1) conditions.push(t.t('help.cond.incoterm', { incoterm: f.incoterms[0]! }));
  if (f.maxConsignmentValue) conditions.push(t.t('help.cond.maxValue', { amount: amountText(t, f.maxConsignmentValue) }));
  if (f.minConsignmentValue) conditions.push(t.t('help.cond.minValue', { amount: amountText(t, f.minConsignmentValue) }));
  if (f.onlyWhenDutyOrTaxCollected) conditions.push(t.t('help.cond.whenCollected'));
  return fact(t, 'fee', f.rule, sentence, conditions);
}
