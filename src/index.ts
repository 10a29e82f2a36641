/**
 * Landfall as a library: the pure landed-cost engine and the money and FX functions it is built
 * on, with the starter rules. Nothing here touches a database, the network or the clock.
 *
 * @example
 * import { compileRules, STARTER_RULES, parseLandedCostRequest, calculateLandedCost, buildFxTable } from 'landfall';
 * const rules = compileRules(STARTER_RULES);              // once
 * const request = parseLandedCostRequest(json);           // validates, names bad fields
 * if (rules.ok && request.ok) calculateLandedCost(request.value, rules.value, buildFxTable('EUR', 'ECB', rates));
 */
export { calculateLandedCost, type CalculateError, type CalculateOptions } from './core/landed-cost/calculate-landed-cost.js';
export { compileRules, type RuleSet } from './core/landed-cost/compile-rules.js';
export { parseLandedCostRequest, type LandedCostRequest, type QuoteItem } from './core/landed-cost/request.js';
export type { ChargeLine, DeMinimisDecision, LandedCostAnswer, Remittance } from './core/landed-cost/answer.js';
export type * from './core/landed-cost/rule-data.js';
export { STARTER_RULES } from './data/rules/index.js';
export { parseDutyRate } from './core/tariff/parse-duty-rate.js';
export type { DutyRate } from './core/tariff/duty-rate.js';
export { buildFxTable, findRate, type FxRate, type FxTable } from './core/fx/fx-table.js';
export { convert, type FxUsed } from './core/fx/convert.js';
export { allocate } from './core/money/allocate.js';
export { currencyExponent, isCurrency } from './core/money/currencies.js';
export { formatAmount, formatMoney, money, multiplyByDecimal, parseMoney, type Money } from './core/money/money.js';
export { parseDecimal, formatDecimal, type Decimal } from './core/decimal/decimal.js';
export { ROUNDING_MODES, type RoundingMode } from './core/decimal/rounding.js';
export type { Failure, FieldIssue, Ok, Result } from './core/result/result.js';

// Selling to distributors: Incoterms 2020 as data, which rule fits which transport and who bears
// each cost; bank, tax and EORI number checks; wholesale tiers; transport-document codes.
export { INCOTERM_CODES, TRANSPORT_MODES, checkIncotermForMode, isIncotermCode, splitCosts, type CostSplit, type IncotermCode, type IncotermRule, type TransportMode } from './core/b2b/incoterms.js';
export { INCOTERMS_2020 } from './data/incoterms/incoterms-2020.js';
export { checkBankDetails, parseBic, parseIban, type Bic, type Iban } from './core/b2b/bank-details.js';
export { IBAN_LENGTHS } from './data/banking/iban-registry.js';
export { checkTaxNumber, checkEori, type Eori, type TaxNumber } from './core/b2b/tax-numbers.js';
export { checkWholesaleItem, priceForQuantity, type PriceTier, type WholesaleItem } from './core/b2b/wholesale-price.js';
export { parseAwbNumber, parseContainerNumber, parseLocode } from './core/freight/freight-codes.js';
