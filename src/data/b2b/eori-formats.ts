import type { EoriFormats } from '../../core/b2b/tax-numbers.js';

/**
 * Who issues EORI numbers and in what shape (see SOURCES.md). EU member states: the ISO 3166 code
 * of the issuing state + a number unique in it of up to 15 letters and digits (Regulation (EU)
 * 952/2013 art. 9 and Delegated Regulation (EU) 2015/2446 art. 1(18), Annex 12-01; the Commission's
 * EORI guidance). Great Britain (GB) and Northern Ireland (XI, issued by HMRC under the Windsor
 * Framework): the prefix + 12 digits, or 15 for some numbers; a VAT-registered business's number
 * mirrors its VAT number (its first nine digits), as HMRC states.
 */
const EU_MEMBER_STATES = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'] as const;

const EU_SOURCE = 'Reg. (EU) 952/2013 art. 9; Del. Reg. (EU) 2015/2446 Annex 12-01 (EORI number: country code + up to 15 alphanumerics); European Commission, "EORI number" (taxation-customs.ec.europa.eu)';
const UK_SOURCE = 'HMRC, "Check an EORI number" (GB or XI + 12 or 15 digits) and "EORI: VAT groups and divisions" (gov.uk: a VAT-registered person\'s EORI mirrors its VAT number, the first 9 digits, with a 000 or other suffix)';

export const EORI_FORMATS: EoriFormats = {
  ...Object.fromEntries(EU_MEMBER_STATES.map((c) => [c, { body: 'alphanumeric', lengths: { min: 1, max: 15 }, vatDerived: false, source: EU_SOURCE }] as const)),
  GB: { body: 'digits', lengths: [12, 15], vatDerived: true, source: UK_SOURCE },
  XI: { body: 'digits', lengths: [12, 15], vatDerived: true, source: UK_SOURCE },
};
