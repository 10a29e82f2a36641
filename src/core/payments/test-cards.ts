/**
 * The test gateway's card numbers and what each one does, in the style providers use for their
 * test modes (the numbers are the widely published test numbers, so they are familiar and never
 * real cards). Any expiry date in the future and any 3 digits (4 for American Express) work.
 *
 * | number              | brand      | outcome                                                     |
 * |---------------------|------------|-------------------------------------------------------------|
 * | 4242424242424242    | Visa       | succeeds                                                    |
 * | 5555555555554444    | Mastercard | succeeds                                                    |
 * | 378282246310005     | Amex       | succeeds                                                    |
 * | 4000000000000002    | Visa       | declined: card_declined                                     |
 * | 4000000000009995    | Visa       | declined: insufficient_funds                                |
 * | 4000000000000069    | Visa       | declined: expired_card                                      |
 * | 4000000000000127    | Visa       | declined: incorrect_cvc                                     |
 * | 4000000000000119    | Visa       | declined: processing_error                                  |
 * | 4000002500003155    | Visa       | 3-D Secure challenge; succeeds once authenticated           |
 * | 4000008400001629    | Visa       | 3-D Secure challenge; declined card_declined after it       |
 *
 * Any other number that passes the Luhn check is declined with card_declined (it is not a test card).
 * Failing the 3-D Secure challenge declines with authentication_failed.
 */
export type DeclineCode = 'card_declined' | 'insufficient_funds' | 'expired_card' | 'incorrect_cvc' | 'processing_error' | 'authentication_failed';

export type CardOutcome = { readonly kind: 'succeed' } | { readonly kind: 'decline'; readonly code: DeclineCode };
export type TestCardOutcome = CardOutcome | { readonly kind: 'challenge'; readonly then: CardOutcome };

export type TestCard = { readonly number: string; readonly brand: string; readonly outcome: TestCardOutcome; readonly description: string };

const SUCCEED: CardOutcome = { kind: 'succeed' };
const decline = (code: DeclineCode): CardOutcome => ({ kind: 'decline', code });

export const TEST_CARDS: readonly TestCard[] = [
  { number: '4242424242424242', brand: 'visa', outcome: SUCCEED, description: 'succeeds' },
  { number: '5555555555554444', brand: 'mastercard', outcome: SUCCEED, description: 'succeeds' },
  { number: '378282246310005', brand: 'amex', outcome: SUCCEED, description: 'succeeds' },
  { number: '4000000000000002', brand: 'visa', outcome: decline('card_declined'), description: 'declined: card_declined' },
  { number: '4000000000009995', brand: 'visa', outcome: decline('insufficient_funds'), description: 'declined: insufficient_funds' },
  { number: '4000000000000069', brand: 'visa', outcome: decline('expired_card'), description: 'declined: expired_card' },
  { number: '4000000000000127', brand: 'visa', outcome: decline('incorrect_cvc'), description: 'declined: incorrect_cvc' },
  { number: '4000000000000119', brand: 'visa', outcome: decline('processing_error'), description: 'declined: processing_error' },
  { number: '4000002500003155', brand: 'visa', outcome: { kind: 'challenge', then: SUCCEED }, description: '3-D Secure challenge, then succeeds' },
  { number: '4000008400001629', brand: 'visa', outcome: { kind: 'challenge', then: decline('card_declined') }, description: '3-D Secure challenge, then declined: card_declined' },
];

const BY_NUMBER: ReadonlyMap<string, TestCard> = new Map(TEST_CARDS.map((c) => [c.number, c]));

/** What the test gateway does with a card number (digits only). */
export function testCardOutcome(number: string): TestCardOutcome {
  return BY_NUMBER.get(number)?.outcome ?? decline('card_declined');
}

/** Whether `number` is one of the table's test cards. */
export function isTestCard(number: string): boolean {
  return BY_NUMBER.has(number);
}

/** The buyer-facing sentence for a decline code. */
export const DECLINE_MESSAGES: Readonly<Record<DeclineCode, string>> = {
  card_declined: 'The card was declined.',
  insufficient_funds: 'The card has insufficient funds.',
  expired_card: 'The card has expired.',
  incorrect_cvc: "The card's security code is incorrect.",
  processing_error: 'An error occurred while processing the card; try again.',
  authentication_failed: 'The card holder did not pass 3-D Secure authentication.',
};
