import type { ScreeningMatch } from '../../core/screening/types.js';
import { screenParty, type ScreeningDeps } from './screen-party.js';

export type CheckoutScreening = { decision: 'clear' | 'potential_match' | 'match'; screeningId: string | null; match: ScreeningMatch | null; failure: string | null };

/**
 * Screen the consignee of a checkout (the name on the delivery address, in its country) against the
 * active denied-party lists. No list imported: null (nothing to screen against; stated by the
 * caller's docs). A screening that fails does not let the order through unseen: it is held as a
 * potential match, with the failure stated.
 */
export async function screenCheckoutParty(deps: ScreeningDeps, party: { name: string; country: string }, reference: string): Promise<CheckoutScreening | null> {
  try {
    const r = await screenParty(deps, { name: party.name, country: party.country }, { record: true, source: 'checkout', reference });
    if (!r.ok) return r.code === 'NO_LISTS' ? null : { decision: 'potential_match', screeningId: null, match: null, failure: `the name could not be screened: ${r.message}` };
    return { decision: r.value.decision, screeningId: r.value.id, match: r.value.matches[0] ?? null, failure: null };
  } catch (error) {
    return { decision: 'potential_match', screeningId: null, match: null, failure: `screening failed: ${(error as Error).message.slice(0, 200)}` };
  }
}
