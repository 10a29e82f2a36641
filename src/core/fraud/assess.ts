import { FEATURES, extractFeatures, type Features, type RiskReferences } from './features.js';
import type { HistorySnapshot } from './history.js';
import { modelContributions, sigmoid, type RiskModel } from './risk-model.js';
import type { RiskOrder, SignalGap } from './risk-order.js';
import { conditionFeatures, evaluateCondition, renderReason, type RiskDecision, type RiskRule } from './rules.js';

/**
 * How a score becomes a decision, and what Strong Customer Authentication changes. Data (see
 * src/data/fraud/policy.ts for the values and their sources), passed in.
 */
export type RiskPolicy = {
  version: string;
  /** Log-odds of fraud before any rule: the store's prior. */
  baseLogit: number;
  /** The score at or above which each decision starts. */
  thresholds: { challenge: number; review: number; decline: number };
  /** At or above this score an order is declined even where 3-D Secure could shift liability. */
  hardDecline: number;
  /** Issuer countries where PSD2 / UK SCA applies, with the region's name. */
  scaRegions: Readonly<Record<string, 'EEA' | 'UK'>>;
  scaBasis: Readonly<Record<'EEA' | 'UK', string>>;
  /** Low-value exemption: below this amount, in minor units of the region's currency. */
  lowValue: Readonly<Record<'EEA' | 'UK', { currency: string; belowMinor: number; basis: string }>>;
  trustedBeneficiary: { minGoodOrders: number; basis: string };
};

export type RiskReason = { code: string; message: string; weight: number; points: number; source: 'rule' | 'model' | 'policy'; decisionAtLeast?: RiskDecision };

export type ScaStatement = {
  applies: boolean;
  region: 'EEA' | 'UK' | null;
  basis: string;
  /** An exemption the acquirer may request; the issuer decides. */
  exemption: { kind: 'low_value' | 'trusted_beneficiary'; basis: string } | null;
  /** 3-D Secure moves the liability for fraud chargebacks to the issuer. */
  liabilityShift: boolean;
  note: string;
};

export type MissingSignal = SignalGap & { effect: string };

export type Assessment = {
  score: number;
  /** The log-odds behind the score (prior, rules, model). */
  logit: number;
  decision: RiskDecision;
  reasons: RiskReason[];
  missingSignals: MissingSignal[];
  sca: ScaStatement;
  features: Features;
  /** Rules that could not be checked for want of a signal. */
  rulesNotChecked: string[];
  model: { trainedAt: string; examples: number } | null;
  policyVersion: string;
};

export type AssessInput = {
  order: RiskOrder;
  gaps: readonly SignalGap[];
  history: HistorySnapshot;
  at: Date;
  /** The total in euro cents when a rate is known (for the low-value exemption and value rules). */
  totalEur: number | null;
  totalInRegionCurrency?: (currency: string) => number | null;
};

export type AssessConfig = { rules: readonly RiskRule[]; model: RiskModel | null; policy: RiskPolicy; references: RiskReferences };

const ORDER: Record<RiskDecision, number> = { approve: 0, challenge: 1, review: 2, decline: 3 };
const stricter = (a: RiskDecision, b: RiskDecision) => (ORDER[a] >= ORDER[b] ? a : b);

export function scoreOf(logit: number): number {
  return Math.round(100 * sigmoid(logit));
}

/** Features as the model reads them: booleans 1/0, counts and ratios as sign*log(1+|v|), null 0. */
export const MODEL_FEATURES: readonly string[] = FEATURES.filter((f) => f.kind !== 'text').map((f) => f.name);
export function modelVector(f: Features, names: readonly string[] = MODEL_FEATURES): number[] {
  return names.map((n) => {
    const v = f[n];
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'number' && Number.isFinite(v)) return Math.sign(v) * Math.log1p(Math.abs(v));
    return 0;
  });
}

/** The rule part of the log-odds: the prior plus the weights of the rules that fire. */
export function evaluateRules(rules: readonly RiskRule[], features: Features): { fired: RiskRule[]; notChecked: RiskRule[] } {
  const fired: RiskRule[] = [];
  const notChecked: RiskRule[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const t = evaluateCondition(rule.when, features);
    if (t === true) fired.push(rule);
    else if (t === 'unknown') notChecked.push(rule);
  }
  return { fired, notChecked };
}

/**
 * Assess one order: features, rules, the learned model, the score, the decision, and what SCA
 * changes. Pure: the history and the references come in.
 */
export function assessOrder(input: AssessInput, config: AssessConfig): Assessment {
  const { policy } = config;
  const features = extractFeatures(input.order, input.history, config.references, { at: input.at, totalEur: input.totalEur });
  const { fired, notChecked } = evaluateRules(config.rules, features);
  const ruleLogit = fired.reduce((a, r) => a + r.weight, policy.baseLogit);
  let logit = ruleLogit;
  const parts: { reason: Omit<RiskReason, 'points'> }[] = fired.map((r) => ({ reason: { code: r.id, message: renderReason(r.description, features), weight: r.weight, source: 'rule', ...(r.action ? { decisionAtLeast: r.action } : {}) } }));
  if (config.model) {
    const m = modelContributions(config.model, modelVector(features, config.model.features));
    logit += m.bias;
    for (const c of m.contributions) {
      logit += c.logit;
      // Contributions too small to move the score count without being listed as reasons.
      if (Math.abs(c.logit) < 0.05) continue;
      const spec = FEATURES.find((f) => f.name === c.feature);
      parts.push({ reason: { code: `model.${c.feature}`, message: `Learned from this store's outcomes: ${spec?.description ?? c.feature} (${show(features[c.feature] ?? null)}) ${c.logit > 0 ? 'raises' : 'lowers'} the risk`, weight: round3(c.logit), source: 'model' } });
    }
  }
  const score = scoreOf(logit);
  const reasons: RiskReason[] = parts
    .map(({ reason }) => ({ ...reason, points: score - scoreOf(logit - reason.weight) }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || ORDER[b.decisionAtLeast ?? 'approve'] - ORDER[a.decisionAtLeast ?? 'approve'] || a.code.localeCompare(b.code));

  const sca = scaStatement(input, features, policy);
  const decided = decide({ score, actions: fired.map((r) => r.action).filter((a): a is RiskDecision => a !== null), card: features.cardPayment === true, scaApplies: sca.applies, scaBasis: sca.basis }, policy);
  const decision = decided.decision;
  reasons.push(...decided.notes);
  if (decision === 'challenge' || decision === 'review' || decision === 'decline') sca.exemption = null;
  if (decision === 'challenge') sca.note = `Challenge the buyer with 3-D Secure${sca.applies ? '' : ' (not required by law here, asked for the liability shift)'}; no exemption is requested.`;

  return {
    score,
    logit: round3(logit),
    decision,
    reasons,
    missingSignals: missingEffects(input.gaps, notChecked, fired),
    sca,
    features,
    rulesNotChecked: notChecked.map((r) => r.id),
    model: config.model ? { trainedAt: config.model.trainedAt, examples: config.model.examples } : null,
    policyVersion: policy.version,
  };
}

/**
 * The decision from the score's band and the rules' actions: a score in the review or decline band
 * becomes a 3-D Secure challenge where SCA applies to a card (below the hard-decline score); a
 * rule's action then makes it at least that strict (an operator's rule is not softened), or lets
 * it through (`approve`, when no rule asks for more); a challenge without a card becomes a review.
 */
export function decide(p: { score: number; actions: readonly RiskDecision[]; card: boolean; scaApplies: boolean; scaBasis: string }, policy: RiskPolicy): { decision: RiskDecision; notes: RiskReason[] } {
  const t = policy.thresholds;
  const notes: RiskReason[] = [];
  const band: RiskDecision = p.score >= t.decline ? 'decline' : p.score >= t.review ? 'review' : p.score >= t.challenge ? 'challenge' : 'approve';
  let decision = band;
  let softened = false;
  if ((band === 'review' || band === 'decline') && p.card && p.scaApplies && p.score < policy.hardDecline) {
    decision = 'challenge';
    softened = true;
  }
  const escalations = p.actions.filter((a) => a !== 'approve');
  if (escalations.length > 0) for (const a of escalations) decision = stricter(decision, a);
  else if (p.actions.includes('approve')) decision = 'approve';
  if (softened && decision === 'challenge') {
    notes.push({ code: 'sca.prefer_challenge', message: `3-D Secure is asked instead of a ${band}: under ${p.scaBasis} a successful authentication shifts the fraud liability to the issuer, so a genuine buyer is not turned away`, weight: 0, points: 0, source: 'policy' });
  }
  if (decision === 'challenge' && !p.card) {
    notes.push({ code: 'policy.no_challenge', message: 'A 3-D Secure challenge needs a card payment; the order is held for review instead', weight: 0, points: 0, source: 'policy' });
    decision = 'review';
  }
  return { decision, notes };
}

function scaStatement(input: AssessInput, f: Features, policy: RiskPolicy): ScaStatement {
  const issuer = input.order.payment?.card?.issuerCountry ?? null;
  const country = issuer ?? input.order.billing?.country ?? null;
  const region = country === null ? null : (policy.scaRegions[country] ?? null);
  const card = f.cardPayment === true;
  if (!card || region === null) {
    return {
      applies: false,
      region: null,
      basis: 'none',
      exemption: null,
      liabilityShift: card,
      note: !card ? 'Not a card payment: 3-D Secure does not apply.' : country === null ? "The issuer's country is unknown: SCA is not assumed; 3-D Secure may still be asked for the liability shift." : `The card is issued in ${country}, outside the EEA and the UK: SCA is not required by law; 3-D Secure may be asked for the liability shift.`,
    };
  }
  const basis = policy.scaBasis[region];
  const low = policy.lowValue[region];
  const inRegion = input.order.currency === low.currency ? input.order.totalMinor : (input.totalInRegionCurrency?.(low.currency) ?? null);
  const good = typeof f.pastGoodOrders === 'number' ? f.pastGoodOrders : 0;
  let exemption: ScaStatement['exemption'] = null;
  if (inRegion !== null && inRegion < low.belowMinor) exemption = { kind: 'low_value', basis: low.basis };
  else if (good >= policy.trustedBeneficiary.minGoodOrders && f.newCardForBuyer === false) exemption = { kind: 'trusted_beneficiary', basis: policy.trustedBeneficiary.basis };
  return {
    applies: true,
    region,
    basis,
    exemption,
    liabilityShift: true,
    note: exemption
      ? `SCA applies (${issuer ? `card issued in ${issuer}` : `billing in ${country}, issuer unknown`}); the ${exemption.kind.replace('_', '-')} exemption may be requested, and the issuer may still challenge.`
      : `SCA applies (${issuer ? `card issued in ${issuer}` : `billing in ${country}, issuer unknown`}); the issuer authenticates the buyer, frictionless where it can.${inRegion === null ? ` The low-value exemption was not checked: no ${low.currency} rate for ${input.order.currency ?? 'the order'}.` : ''}`,
  };
}

/** What each missing signal did: the rules it kept from being checked, and the rules that fired because it was missing. */
function missingEffects(gaps: readonly SignalGap[], notChecked: readonly RiskRule[], fired: readonly RiskRule[]): MissingSignal[] {
  return gaps.map((g) => {
    const features = new Set(FEATURES.filter((f) => touches(f.needs, g.field)).map((f) => f.name));
    if (features.size === 0) return { ...g, effect: 'no signal reads it: the score is the same without it' };
    const reads = (r: RiskRule) => [...conditionFeatures(r.when)].some((n) => features.has(n));
    const skipped = notChecked.filter(reads).map((r) => r.id);
    const added = fired.filter((r) => [...conditionFeatures(r.when)].some((n) => n.startsWith('missing') && features.has(n)));
    const bits = [skipped.length > 0 ? `not checked: ${skipped.join(', ')}` : 'every rule that reads it could still decide from other signals', ...added.map((r) => `${r.id} counted ${r.weight >= 0 ? '+' : ''}${r.weight} log-odds for its absence`)];
    return { ...g, effect: bits.join('; ') };
  });
}

function touches(needs: string, field: string): boolean {
  return needs.split(/,\s*/).some((n) => n !== '' && (n === field || n.startsWith(`${field}.`) || field.startsWith(`${n}.`)));
}

function show(v: Features[string]): string {
  return v === null ? 'unknown' : typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v);
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
