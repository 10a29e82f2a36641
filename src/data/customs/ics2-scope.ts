/**
 * Where the EU's Import Control System 2 (ICS2) wants entry summary data before goods arrive, for
 * postal and express consignments. Provenance (checked 2026-11-27, cited, not re-read):
 *
 * - Regulation (EU) No 952/2013 (Union Customs Code) art. 127 (entry summary declaration); Commission
 *   Delegated Regulation (EU) 2015/2446 art. 104-113 and Annex B (data requirements, as amended by
 *   Delegated Regulation (EU) 2021/234: postal and express consignments, house level: consignor,
 *   consignee, description, 6-digit HS code, gross mass, value for postal items); Commission
 *   Implementing Regulation (EU) 2021/414 (ICS2 releases).
 * - Release 1 (from 2021-03-15): postal operators and express carriers file the minimum dataset for
 *   air consignments; release 2 (from 2023-03-01): the full house-level dataset for all postal and
 *   express goods by air. The 6-digit HS code is required from release 2.
 * - Norway and Switzerland apply the same advance cargo information under their agreements with the
 *   EU on customs security measures (EEA Agreement Protocol 10; EU-Switzerland Agreement of
 *   25 June 2009), so goods moving among these countries need no entry summary.
 *
 * Landfall builds the house-level data the seller hands its postal operator or express carrier, who
 * files it; it does not file with customs itself.
 */
import type { Ics2Scope } from '../../core/customs-docs/customs-rules.js';
import { EU_MEMBER_STATES } from '../compliance/thresholds.js';

export const ICS2_SCOPES: readonly Ics2Scope[] = [
  {
    id: 'eu.ics2.release-2',
    version: '1',
    effectiveFrom: '2023-03-01',
    destinations: [...[...EU_MEMBER_STATES].sort(), 'NO', 'CH'],
    hsDigits: 6,
    source:
      'Regulation (EU) No 952/2013 art. 127; Commission Delegated Regulation (EU) 2015/2446 art. 104-113 and Annex B as amended by (EU) 2021/234; Commission Implementing Regulation (EU) 2021/414: https://taxation-customs.ec.europa.eu/customs-4/customs-security/import-control-system-2-ics2-0_en',
    note: 'House-level data for postal and express consignments; the postal operator or express carrier files the entry summary declaration.',
  },
];
