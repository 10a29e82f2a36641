/**
 * The risk rules a new store starts with; operators edit, disable and add rules in the admin
 * (stored in risk_rules). Weights are log-odds: +0.7 doubles the odds of fraud, -0.7 halves them;
 * the prior is RISK_POLICY.baseLogit. An action sets the decision at least that strict.
 *
 * Where the signals come from: card schemes' and acquirers' published fraud guidance (Visa's
 * "card testing" and "enumeration attack" guidance, Mastercard's fraud and loss prevention
 * standards, the EMVCo 3-D Secure data elements: account age, shipping address age, device and
 * browser data), and the well-known e-commerce fraud patterns (card testing, account takeover,
 * triangulation, reshipping, friendly fraud). The weights are Landfall's starting judgement,
 * checked against the labeled scenario suite in test/fraud/scenarios; a store's own outcomes then
 * correct them through the learned model.
 */
import type { RiskRule } from '../../core/fraud/rules.js';

const SCHEMES = "card schemes' fraud guidance (card testing, enumeration) and EMVCo 3-D Secure risk data";
const PATTERNS = 'common e-commerce fraud patterns (account takeover, triangulation, reshipping)';
const STORE = "Landfall's starting weight; the store's outcomes correct it";

const rule = (id: string, description: string, when: RiskRule['when'], weight: number, source: string, action: RiskRule['action'] = null): RiskRule => ({ id, description, when, weight, action, enabled: true, source });
const f = (feature: string, op: 'eq' | 'gt' | 'gte' | 'lt' | 'lte', value: number | boolean) => ({ feature, op, value });

export const DEFAULT_RISK_RULES: readonly RiskRule[] = [
  // Velocity: card testing and bursts.
  rule('card_testing_device', '{cardsOnDevice24h} different cards on one device within 24 hours: cards are being tested', f('cardsOnDevice24h', 'gte', 5), 5, SCHEMES, 'decline'),
  rule('many_cards_on_device', '{cardsOnDevice24h} different cards on this device within 24 hours', { all: [f('cardsOnDevice24h', 'gte', 3), f('cardsOnDevice24h', 'lt', 5)] }, 3, SCHEMES),
  rule('many_cards_on_device_week', '{cardsOnDevice7d} different cards on this device within 7 days', { all: [f('cardsOnDevice7d', 'gte', 4), f('cardsOnDevice24h', 'lt', 3)] }, 1.5, SCHEMES),
  rule('ip_burst', '{ipOrders10m} orders from this IP address in the last 10 minutes', f('ipOrders10m', 'gte', 4), 3, SCHEMES),
  rule('ip_hour', '{ipOrders1h} orders from this IP address in the last hour: slow card testing or a reseller working through cards', f('ipOrders1h', 'gte', 6), 2.5, SCHEMES),
  rule('device_burst', '{deviceOrders1h} orders from this device in the last hour', f('deviceOrders1h', 'gte', 4), 2, SCHEMES),
  rule('card_burst', 'This card was used for {cardOrders1h} orders in the last hour', f('cardOrders1h', 'gte', 3), 2, SCHEMES),
  rule('email_burst', '{emailOrders24h} orders with this email in 24 hours', f('emailOrders24h', 'gte', 5), 1.2, SCHEMES),
  rule('emails_on_card', 'This card was used with {emailsOnCard7d} different emails in 7 days', f('emailsOnCard7d', 'gte', 3), 2, SCHEMES),
  rule('addresses_on_card', 'This card shipped to {addressesOnCard7d} different addresses in 7 days', f('addressesOnCard7d', 'gte', 3), 1.8, SCHEMES),
  rule('address_many_cards', '{addressOrders24h} orders to this shipping address in 24 hours', f('addressOrders24h', 'gte', 4), 1.5, PATTERNS),
  // Payment checks.
  rule('declined_many', '{declinedBefore} declined payment attempts before this one', f('declinedBefore', 'gte', 3), 2.6, SCHEMES),
  rule('declined_once', 'A payment attempt was declined before this one', { all: [f('declinedBefore', 'gte', 1), f('declinedBefore', 'lt', 3)] }, 0.5, SCHEMES),
  rule('cvc_no_match', 'The card security code did not match', f('cvcNoMatch', 'eq', true), 2.4, SCHEMES),
  rule('avs_no_match', 'The billing address does not match the one the card issuer holds', f('avsNoMatch', 'eq', true), 1.4, SCHEMES),
  rule('prepaid_card', 'The card is prepaid', f('prepaidCard', 'eq', true), 0.8, SCHEMES),
  // Identity.
  rule('fraud_history_buyer', 'This buyer has {pastFraudOrders} earlier order(s) labeled fraud (chargeback or fraud refund)', f('pastFraudOrders', 'gte', 1), 4, PATTERNS, 'review'),
  rule('linked_to_fraud', 'Shares {linkedToFraud} identifier(s) (card, email, device, IP or address) with an earlier order labeled fraud', f('linkedToFraud', 'gte', 1), 3.2, PATTERNS, 'review'),
  rule('disposable_email', 'The email address is from a throwaway-mail service', f('disposableEmail', 'eq', true), 1.8, PATTERNS),
  rule('name_email_mismatch', "The buyer's name does not appear in an email address that looks machine-made", f('nameEmailMismatch', 'eq', true), 0.8, PATTERNS),
  rule('new_account', 'The account was opened today', f('accountAgeDays', 'lt', 1), 0.5, 'EMVCo 3-D Secure: account age'),
  rule('good_history', 'The buyer has {pastGoodOrders} earlier good orders', { all: [f('pastGoodOrders', 'gte', 2), f('pastFraudOrders', 'eq', 0)] }, -1.6, STORE),
  rule('long_good_history', 'A long-standing buyer: {pastGoodOrders} good orders', { all: [f('pastGoodOrders', 'gte', 5), f('pastFraudOrders', 'eq', 0)] }, -0.8, STORE),
  rule('account_takeover', 'A returning buyer suddenly on a new device, with a new card or address', { all: [f('pastOrders', 'gte', 1), f('newDeviceForBuyer', 'eq', true), { any: [f('newAddressForBuyer', 'eq', true), f('newCardForBuyer', 'eq', true)] }] }, 2, PATTERNS),
  rule('account_takeover_abroad', 'The new device of a returning buyer connects from another country than the shipping address', { all: [f('pastOrders', 'gte', 1), f('newDeviceForBuyer', 'eq', true), f('newAddressForBuyer', 'eq', true), f('ipShippingMismatch', 'eq', true)] }, 1.2, PATTERNS),
  // Geography.
  rule('countries_spread', 'IP, billing, shipping and card issuer span {countriesInvolved} countries', f('countriesInvolved', 'gte', 3), 1.1, PATTERNS),
  rule('ip_other_continent', 'The IP address ({ipCountry}) is on another continent than both the billing and the shipping address', { all: [f('ipShippingOtherContinent', 'eq', true), f('ipBillingMismatch', 'eq', true)] }, 0.8, PATTERNS),
  rule('issuer_mismatch', "The card is issued in {issuerCountry}, the billing address is in {billingCountry}", f('issuerBillingMismatch', 'eq', true), 0.5, SCHEMES),
  rule('avs_other_recipient', "The card's billing address fails the issuer's check and the parcel goes to someone else", { all: [f('avsNoMatch', 'eq', true), f('shippingNameDiffers', 'eq', true)] }, 1.2, PATTERNS),
  rule('stranger_abroad', 'Shipped to another country, to a person other than the cardholder', { all: [f('billingShippingMismatch', 'eq', true), f('shippingNameDiffers', 'eq', true)] }, 1, PATTERNS),
  rule('clock_not_ip', "The device's clock is set for another region than its IP address ({ipCountry}): a proxy or remote access sign", { all: [f('timezoneFitsIp', 'eq', false), f('timezoneFitsBilling', 'eq', false), f('timezoneFitsShipping', 'eq', false)] }, 1.6, 'EMVCo 3-D Secure: browser time zone'),
  rule('proxy_ip', 'The IP address is a proxy or VPN', f('proxyIp', 'eq', true), 0.7, SCHEMES),
  rule('hosting_ip', 'The IP address belongs to a hosting provider (a server, not a home or phone)', f('hostingIp', 'eq', true), 1.4, SCHEMES),
  // Goods and delivery.
  rule('forwarder_address', 'The shipping address is a freight forwarder or reshipper', f('forwarderAddress', 'eq', true), 1.6, PATTERNS),
  rule('reseller_goods', '{resellerGoodsShare:%} of the value is goods resellers target', f('resellerGoodsShare', 'gte', 0.5), 0.7, PATTERNS),
  rule('reseller_bulk', '{maxUnitsOfOneItem} units of one item that resellers target', { all: [f('maxUnitsOfOneItem', 'gte', 3), f('resellerGoodsShare', 'gte', 0.5)] }, 1.3, PATTERNS),
  rule('express_new_buyer', 'Express delivery on a first order', { all: [f('expressShipping', 'eq', true), f('pastOrders', 'eq', 0)] }, 0.4, PATTERNS),
  rule('value_vs_store', "The order is far above the store's normal ({valueVsStore} standard deviations)", f('valueVsStore', 'gte', 2.5), 1, STORE),
  rule('value_vs_buyer', "The order is {valueVsBuyer} times the buyer's usual", f('valueVsBuyer', 'gte', 4), 1, STORE),
  rule('rushed_session', 'Ordered within {secondsOnSite} seconds, seeing {pagesViewed} page(s)', { all: [f('secondsOnSite', 'lt', 45), f('pagesViewed', 'lte', 2)] }, 1.2, 'EMVCo 3-D Secure: session data'),
  // Missing signals.
  rule('missing_ip', 'No IP address was given: location checks were not made', f('missingIp', 'eq', true), 0.3, STORE),
  rule('missing_device', 'No device identifier was given: device checks were not made', f('missingDevice', 'eq', true), 0.2, STORE),
  rule('missing_card', 'A card payment without card details: card checks were not made', f('missingCard', 'eq', true), 0.4, STORE),
];
