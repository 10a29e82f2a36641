/**
 * When a postal item carries a CN 22 and when a CN 23, and the SDR rates the UPU threshold is
 * compared in. Provenance (checked 2026-11-27; "cited" means given from knowledge of the text and
 * not re-read that day, "read" means a stored copy was read):
 *
 * - Universal Postal Union, Convention and Letter Post Regulations (customs declaration: items
 *   containing goods bear a CN 22 when the value of the contents is up to 300 SDR and a CN 23
 *   above; small packets weigh at most 2 kg), and Parcel Post Regulations (a postal parcel is
 *   accompanied by a CN 23): https://www.upu.int/en/Universal-Postal-Union/About-UPU/Acts (cited:
 *   the article numbers change between congress editions and were not re-read).
 * - The CN 22 form's own instructions: "If the value of the contents is over 300 SDR, you must use
 *   a CN 23 form" (India Post's printing of the UPU form, read); Japan Post, "Customs Declaration
 *   Form": CN22 "less than 300 SDR", CN23 "300 SDR or more"
 *   (https://www.post.japanpost.jp/int/use/writing/customs_en.html, read). The two differ at exactly
 *   300 SDR: Landfall follows the form's wording (a CN 22 up to and including 300 SDR).
 * - SDR rates: IMF, "SDRs per currency unit" for 2025-12-23
 *   (https://www.imf.org/external/np/fin/data/rms_five.aspx), read from Business Recorder's
 *   reprints of the IMF table of 24 and 30 December 2025 (https://www.brecorder.com/news/40399098,
 *   https://www.brecorder.com/news/amp/40399896; secondary). Currencies the IMF did not publish
 *   that day (AUD, CHF, ...) are crossed through USD with the ECB reference rates of the document's
 *   date. Add a newer table to move the threshold with the SDR.
 */
import type { PostalFormRule, SdrRateTable } from '../../core/customs-docs/customs-rules.js';

export const POSTAL_FORM_RULES: readonly PostalFormRule[] = [
  {
    id: 'upu.cn22-cn23',
    version: '1',
    effectiveFrom: '2018-01-01',
    cn22MaxSdr: '300',
    letterPostMaxWeightG: 2000,
    source:
      'UPU Convention, Letter Post Regulations (CN 22 up to 300 SDR, CN 23 above; small packets up to 2 kg) and Parcel Post Regulations (parcels carry a CN 23): https://www.upu.int/en/Universal-Postal-Union/About-UPU/Acts',
    note: 'The dataset vouches for the rule from 2018-01-01 (the 2016 Istanbul Congress Regulations); the 300 SDR threshold is older. Courier (express) parcels travel on the commercial invoice and are outside these forms.',
  },
];

export const SDR_RATES: readonly SdrRateTable[] = [
  {
    date: '2025-12-23',
    perUnit: {
      USD: '0.729283',
      EUR: '0.859533',
      GBP: '0.984824',
      JPY: '0.00465252',
      CNY: '0.103761',
      CAD: '0.532129',
      KRW: '0.000493125',
      NZD: '0.423203',
      NOK: '0.0725402',
      SGD: '0.567006',
    },
    crossVia: 'USD',
    source: 'IMF, SDRs per currency unit, 2025-12-23 (https://www.imf.org/external/np/fin/data/rms_five.aspx; read in the Business Recorder reprint of 2025-12-24)',
  },
];
