/**
 * How Landfall turns a risk score into a decision, and the Strong Customer Authentication facts it
 * applies. Read by assessOrder (src/core/fraud/assess.ts).
 *
 * Sources, cited from knowledge of the law (checked 2026-11-27, not re-read that day):
 * - PSD2, Directive (EU) 2015/2366 art. 97: SCA for electronic payments the payer initiates.
 * - Commission Delegated Regulation (EU) 2018/389 (RTS on SCA): art. 13 trusted beneficiaries,
 *   art. 16 low-value remote transactions (under EUR 30, with the issuer's cumulative limits of
 *   EUR 100 or five transactions), art. 18 transaction risk analysis.
 * - UK: the FCA's SCA-RTS (onshored 2018/389, amended): low-value exemption under GBP 30,
 *   cumulative GBP 100 or five transactions.
 * - Liability shift: card schemes' 3-D Secure rules (Visa Secure, Mastercard Identity Check) move
 *   fraud chargeback liability to the issuer after a successful authentication.
 * EEA = the 27 EU member states, Iceland, Liechtenstein and Norway; the UK applies its own SCA rules.
 * Monaco, San Marino, Andorra and Vatican issuers are "one-leg-out" and left outside here.
 */
import type { RiskPolicy } from '../../core/fraud/assess.js';

const EEA = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' ');

export const RISK_POLICY: RiskPolicy = {
  version: '2026-11-27',
  // A prior of about 2 % (logit -3.9): the fraud attempt rate of a cross-border store before any signal.
  baseLogit: -3.9,
  thresholds: { challenge: 30, review: 55, decline: 80 },
  hardDecline: 95,
  scaRegions: Object.fromEntries([...EEA.map((c) => [c, 'EEA'] as const), ['GB', 'UK'] as const, ['GI', 'UK'] as const]),
  scaBasis: { EEA: 'PSD2 art. 97 and the RTS on SCA (Regulation (EU) 2018/389)', UK: 'the FCA SCA-RTS (UK Payment Services Regulations 2017, reg. 100)' },
  lowValue: {
    EEA: { currency: 'EUR', belowMinor: 3000, basis: 'RTS on SCA art. 16: remote payments under EUR 30 (the issuer counts EUR 100 or five payments since the last SCA)' },
    UK: { currency: 'GBP', belowMinor: 3000, basis: 'FCA SCA-RTS art. 16: remote payments under GBP 30 (the issuer counts GBP 100 or five payments since the last SCA)' },
  },
  trustedBeneficiary: { minGoodOrders: 2, basis: 'RTS on SCA art. 13: the payer may list the store as a trusted beneficiary with their bank; requested for returning buyers with good orders on the same card' },
};
