/**
 * The admin's calls to the trade-compliance API (registrations, thresholds, denied-party lists and
 * screening), with the tab's key and the same problem+json handling as api.ts, plus the words the
 * compliance screens share.
 */
import { REGISTRATION_SCHEMES, type RegistrationScheme } from '../../src/core/compliance/registration-number.js';
import { ApiError, createCaller } from './api.js';
import type { Registration, RegistrationInput, SanctionsEdition, ScreeningAnswer, ScreeningDecision, ScreeningInput, ScreeningMatch, ThresholdReport, ThresholdRow, ThresholdStatusCode } from './api-types.js';

/** Where app.tsx keeps the key (or session token) of this browser tab. */
const TAB_KEY = 'landfall.admin.key';

export type ComplianceApi = ReturnType<typeof createComplianceApi>;

export function createComplianceApi(key: string, fetcher: typeof fetch = fetch.bind(globalThis)) {
  const call = createCaller(key, fetcher);
  return {
    listRegistrations: () => call<{ items: Registration[] }>('GET', '/v1/admin/registrations'),
    addRegistration: (body: RegistrationInput) => call<Registration>('POST', '/v1/admin/registrations', body),
    deleteRegistration: (id: string) => call<void>('DELETE', `/v1/admin/registrations/${encodeURIComponent(id)}`),
    getThresholds: () => call<ThresholdReport>('GET', '/v1/admin/registrations/thresholds'),
    listEditions: () => call<{ items: SanctionsEdition[] }>('GET', '/v1/admin/screening/lists'),
    /** Needs the api scope, which an admin key includes. The screening is recorded like any other. */
    screen: (body: ScreeningInput) => call<ScreeningAnswer>('POST', '/v1/screening', body),
    /** Recorded screenings, newest first, a page at a time (each with its strongest matches). */
    screeningHistory: (filter: ScreeningHistoryFilter = {}) => call<ScreeningHistoryPage>('GET', `/v1/admin/screening/history${historyQuery(filter)}`),
    /** One recorded screening whole: every match with why, the editions it ran against. */
    getScreening: (id: string) => call<ScreeningRecord>('GET', `/v1/admin/screening/history/${encodeURIComponent(id)}`),
  };
}

/** A list edition a recorded screening ran against (null where the edition is no longer stored). */
export type ScreeningEditionUsed = { kind: string; id: string; edition: string | null; importedAt: string | null; file: string | null; active: boolean | null };
/** Where a screening was made: the API, checkout (the order id is its reference), or the CLI. */
export type ScreeningSource = 'api' | 'checkout' | 'cli';
export const SCREENING_SOURCES: readonly ScreeningSource[] = ['api', 'checkout', 'cli'];
/** GET /v1/admin/screening/history items and GET /v1/admin/screening/history/{id}. */
export type ScreeningRecord = {
  id: string;
  at: string;
  /** `address`: an address screened against the addresses the lists publish (`name` is the address in one line). */
  query: { kind: 'name' | 'address'; name: string; country: string | null; type: string | null };
  decision: ScreeningDecision;
  /** The strongest matches in a page (at most 3); all of them in one screening. */
  matches: ScreeningMatch[];
  matchCount: number;
  source: ScreeningSource;
  reference: string | null;
  editions: ScreeningEditionUsed[];
};
export type ScreeningHistoryPage = { items: ScreeningRecord[]; nextCursor: string | null };
export type ScreeningHistoryFilter = { decision?: ScreeningDecision | ''; source?: ScreeningSource | ''; reference?: string; from?: string; to?: string; cursor?: string | null; limit?: number };

function historyQuery(filter: ScreeningHistoryFilter): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The compliance client of the signed-in tab (the Api object does not hand out its key). */
export function complianceApiOfTab(): ComplianceApi {
  return createComplianceApi(sessionStorage.getItem(TAB_KEY) ?? '');
}

/** A failed call in plain words: the problem's title and detail. */
export function problemText(e: unknown): string {
  if (e instanceof ApiError) return e.problem.title && e.problem.title !== e.problem.detail ? `${e.problem.title}: ${e.problem.detail}` : e.problem.detail;
  return e instanceof Error ? `The server could not be reached (${e.message}).` : 'The server could not be reached.';
}

/** The schemes the API accepts, in its order (src/core/compliance/registration-number.ts). */
export const SCHEMES: readonly RegistrationScheme[] = REGISTRATION_SCHEMES;

/** What each scheme is and what its number looks like (docs/registrations.md). */
export const SCHEME_INFO: Record<RegistrationScheme, { name: string; number: string }> = {
  EORI: { name: 'EORI (EU or UK customs)', number: 'country code + up to 15 characters; GB and XI: 12 digits. Format only.' },
  IOSS: { name: 'EU Import One-Stop Shop', number: 'IM + 3-digit member state code + 7 digits. Format only.' },
  EU_OSS: { name: 'EU One-Stop Shop (distance sales)', number: 'Union scheme: the VAT number of the member state of identification, e.g. DE + 9 digits (the check digit is verified where the state publishes one). Non-union scheme: EU + 9 digits, format only.' },
  UK_VAT: { name: 'UK VAT', number: 'GB + 9 digits (12 for a branch). The check digits are verified.' },
  AU_GST: { name: 'Australian GST', number: 'ABN, 11 digits (the check digits are verified), or a 12-digit ARN.' },
  NZ_GST: { name: 'New Zealand GST', number: 'IRD number, 8 or 9 digits. The check digit is verified.' },
  NO_VOEC: { name: 'Norway VOEC', number: 'VOEC + 7 digits. Format only.' },
  SG_OVR: { name: 'Singapore GST (overseas vendor)', number: 'M + 8 digits + a letter, or a UEN. Format only.' },
  CH_VAT: { name: 'Swiss VAT', number: 'CHE-123.456.789 MWST (or TVA, IVA). The check digit is verified.' },
  US_SALES_TAX: { name: 'US state sales tax permit', number: 'The state’s permit number, 1 to 20 letters, digits and dashes. Format only.' },
};

/** "AU_GST" -> "Australian GST"; an unknown scheme as it is. */
export function schemeName(scheme: string): string {
  return (SCHEME_INFO as Record<string, { name: string } | undefined>)[scheme]?.name ?? scheme;
}

/** How far a number was checked when it was added. */
export function checkedWords(checked: Registration['checked']): string {
  return checked === 'check_digit' ? 'check digit verified' : checked === 'format' ? 'format checked' : 'checked when added';
}

const STATUS_WORDS: Record<ThresholdStatusCode, string> = {
  exceeded: 'Exceeded: register now',
  approaching: 'Approaching: register before it is crossed',
  register_before_selling: 'Register before selling',
  below: 'Below the threshold',
  registered: 'Registered',
};
/** A threshold status in words ("register_before_selling" -> "Register before selling"). */
export function thresholdStatusWords(status: ThresholdStatusCode): string {
  return STATUS_WORDS[status] ?? status.replace(/_/g, ' ');
}

/** The statuses that ask for an action soon; their rows are marked. */
export function needsAttention(row: ThresholdRow): boolean {
  return row.status === 'exceeded' || row.status === 'approaching';
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();
/** "GB" -> "United Kingdom"; the code itself when the browser does not know it. */
export function countryName(code: string): string {
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** 0.834 -> "83 %" (rounded down: 99.9 % has not reached the threshold). */
export function percent(share: number): string {
  return `${Math.floor(share * 100)} %`;
}

const DECISION_WORDS: Record<ScreeningDecision, string> = {
  clear: 'Clear: no listed party matches',
  potential_match: 'Potential match: hold for review',
  match: 'Match: block',
};
/** A screening decision in words ("potential_match" -> "Potential match: hold for review"). */
export function screeningDecisionWords(decision: ScreeningDecision): string {
  return DECISION_WORDS[decision] ?? decision;
}

const SOURCE_WORDS: Record<ScreeningSource, string> = { api: 'API', checkout: 'Checkout', cli: 'Command line' };
/** Where a screening was made, in words ("checkout" -> "Checkout"). */
export function screeningSourceWords(source: string): string {
  return (SOURCE_WORDS as Record<string, string | undefined>)[source] ?? source;
}
