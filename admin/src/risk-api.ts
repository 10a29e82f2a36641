/**
 * The admin's calls to the fraud screening API (/v1/admin/risk/...), with the tab's key and the
 * same problem+json handling as api.ts, plus the small formatting the risk screens share.
 */
import { ApiError, createCaller } from './api.js';
import type { Money, RiskDecision, RiskFeature, RiskModelStatus, RiskReviewDecided, RiskReviewList, RiskReviewStatus, RiskRule, RiskRuleInput, RiskRuleList, RiskRuleTestReport } from './api-types.js';

/** Where app.tsx keeps the key (or session token) of this browser tab. */
const TAB_KEY = 'landfall.admin.key';

export type RiskApi = ReturnType<typeof createRiskApi>;

export function createRiskApi(key: string, fetcher: typeof fetch = fetch.bind(globalThis)) {
  const call = createCaller(key, fetcher);
  const seg = encodeURIComponent;
  return {
    listReviews: (status: RiskReviewStatus) => call<RiskReviewList>('GET', `/v1/admin/risk/reviews?status=${status}&limit=50`),
    decideReview: (id: string, body: { decision: 'approve' | 'decline'; note?: string }) => call<RiskReviewDecided>('POST', `/v1/admin/risk/reviews/${seg(id)}`, body),
    listRules: () => call<RiskRuleList>('GET', '/v1/admin/risk/rules'),
    saveRule: (id: string, rule: RiskRuleInput) => call<RiskRule>('PUT', `/v1/admin/risk/rules/${seg(id)}`, rule),
    deleteRule: (id: string) => call<void>('DELETE', `/v1/admin/risk/rules/${seg(id)}`),
    testRule: (rule: RiskRuleInput & { id: string }, days: number) => call<RiskRuleTestReport>('POST', '/v1/admin/risk/rules/test', { rule, days }),
    getModel: () => call<RiskModelStatus>('GET', '/v1/admin/risk/model'),
    trainModel: () => call<RiskModelStatus>('POST', '/v1/admin/risk/model/train'),
    listFeatures: () => call<{ items: RiskFeature[] }>('GET', '/v1/risk/features'),
  };
}

/** The risk client of the signed-in tab (the Api object does not hand out its key). */
export function riskApiOfTab(): RiskApi {
  return createRiskApi(sessionStorage.getItem(TAB_KEY) ?? '');
}

/** A failed call in plain words: the problem's title and detail ("Conflict: 3 labeled examples ..."). */
export function problemText(e: unknown): string {
  if (e instanceof ApiError) return e.problem.title && e.problem.title !== e.problem.detail ? `${e.problem.title}: ${e.problem.detail}` : e.problem.detail;
  return e instanceof Error ? `The server could not be reached (${e.message}).` : 'The server could not be reached.';
}

const digitsCache = new Map<string, number>();
/** Decimal places of a currency (ISO 4217 exponent as the browser knows it; 2 when unknown). */
function currencyDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    digitsCache.set(currency, d);
  }
  return d;
}

/** Minor units as an exact decimal amount: (40000, "USD") -> { amount: "400.00", currency: "USD" }; no float in between. */
export function moneyOfMinor(minor: number, currency: string): Money {
  const digits = currencyDigits(currency);
  const negative = minor < 0;
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  const amount = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return { amount: negative ? `-${amount}` : amount, currency };
}

/** "USD 40000" (the buyer history's minor units) as Money, or null. */
export function moneyOfMinorText(text: string | null): Money | null {
  const m = text === null ? null : /^([A-Z]{3}) (-?\d+)$/.exec(text);
  return m ? moneyOfMinor(Number(m[2]), m[1]!) : null;
}

const DECISION_WORDS: Record<RiskDecision, string> = { approve: 'Approve', challenge: 'Ask for 3-D Secure', review: 'Review by a person', decline: 'Decline' };
/** A decision in the operator's words ("challenge" -> "Ask for 3-D Secure"). */
export function decisionWords(d: string): string {
  return DECISION_WORDS[d as RiskDecision] ?? d;
}

/** A log-odds weight with its sign: "+1.4", "-0.7", "0". */
export function signed(n: number, digits = 2): string {
  const r = Number(n.toFixed(digits));
  return r > 0 ? `+${r}` : String(r);
}

/** How the chosen tab or filter stands out (besides aria-selected / aria-pressed, which say it to assistive technology). */
export const SELECTED = { fontWeight: 600, boxShadow: 'inset 0 -3px 0 #2f5fd0' } as const;
