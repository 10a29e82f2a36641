import type { SanctionedRegion } from '../../core/screening/region.js';

/**
 * Destinations under comprehensive sanctions, as dated data with sources: whole countries, and
 * regions of a country recognised by their ISO 3166-2 code, their names, their cities and their
 * postal codes. `block` refuses the checkout; `review` holds the order for a person (a region only
 * partly under the regime: the address decides). Cited from knowledge of the regimes, checked
 * 2026-11-27, not re-read that day; verify before relying on them.
 *
 * `jurisdictions` says whose law imposes it (US, EU, UN); every entry is applied, whatever the
 * seller's own jurisdiction: the conservative reading for a shop that ships from the US and the EU
 * and is paid through their banks.
 */
export const SANCTIONED_REGIONS: readonly SanctionedRegion[] = [
  {
    id: 'kp',
    name: 'North Korea',
    country: 'KP',
    action: 'block',
    jurisdictions: ['UN', 'US', 'EU'],
    validFrom: '2006-10-14',
    validTo: null,
    source: 'UN Security Council resolution 1718 (2006) and later; US North Korea Sanctions Regulations, 31 CFR part 510; Council Regulation (EU) 2017/1509',
  },
  {
    id: 'ir',
    name: 'Iran',
    country: 'IR',
    action: 'block',
    jurisdictions: ['US'],
    validFrom: '1995-05-06',
    validTo: null,
    source: 'US Iranian Transactions and Sanctions Regulations, 31 CFR part 560 (exports of goods from the US or by US persons)',
  },
  {
    id: 'cu',
    name: 'Cuba',
    country: 'CU',
    action: 'block',
    jurisdictions: ['US'],
    validFrom: '1963-07-08',
    validTo: null,
    source: 'US Cuban Assets Control Regulations, 31 CFR part 515; Export Administration Regulations, 15 CFR 746.2',
  },
  {
    id: 'sy',
    name: 'Syria',
    country: 'SY',
    action: 'block',
    jurisdictions: ['US'],
    validFrom: '2011-08-18',
    validTo: '2025-06-30',
    source: 'US Syrian Sanctions Regulations, 31 CFR part 542 (Executive Order 13582), ended by Executive Order 14312 of 2025-06-30',
  },
  {
    id: 'ua-crimea',
    name: 'Crimea and Sevastopol',
    country: 'UA',
    action: 'block',
    jurisdictions: ['US', 'EU'],
    regions: ['UA-43', 'UA-40', 'Crimea', 'Krym', 'Autonomous Republic of Crimea', 'Republic of Crimea', 'Respublika Krym', 'Sevastopol'],
    cities: ['Simferopol', 'Sevastopol', 'Yalta', 'Kerch', 'Yevpatoria', 'Evpatoria', 'Feodosia', 'Feodosiya', 'Dzhankoi', 'Alushta', 'Bakhchysarai'],
    postalCodes: [{ from: '95000', to: '99999' }],
    validFrom: '2014-12-19',
    validTo: null,
    source: 'US Executive Order 13685 (2014-12-19); Council Regulation (EU) No 692/2014 as amended',
  },
  {
    id: 'ua-occupied-cities',
    name: 'Occupied cities of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions',
    country: 'UA',
    action: 'block',
    jurisdictions: ['US', 'EU'],
    cities: ['Donetsk', 'Luhansk', 'Lugansk', 'Makiivka', 'Horlivka', 'Gorlovka', 'Yenakiieve', 'Alchevsk', 'Khartsyzk', 'Sievierodonetsk', 'Lysychansk', 'Mariupol', 'Melitopol', 'Berdiansk', 'Nova Kakhovka', 'Enerhodar'],
    validFrom: '2022-02-23',
    validTo: null,
    source: 'US Executive Order 14065 (2022-02-21); Council Regulation (EU) 2022/263 as amended 2022-10-06 (non-government-controlled areas of the Donetsk, Luhansk, Kherson and Zaporizhzhia oblasts)',
  },
  {
    id: 'ua-partly-occupied-oblasts',
    name: 'Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts (partly not government-controlled)',
    country: 'UA',
    action: 'review',
    jurisdictions: ['US', 'EU'],
    regions: ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'Donetsk', 'Donetska', 'Luhansk', 'Luhanska', 'Zaporizhzhia', 'Zaporizka', 'Kherson', 'Khersonska'],
    postalCodes: [{ from: '83000', to: '87999' }, { from: '91000', to: '94999' }, { from: '69000', to: '72999' }, { from: '73000', to: '75999' }],
    validFrom: '2022-10-06',
    validTo: null,
    source: 'Council Regulation (EU) 2022/263 as amended 2022-10-06; US Executive Order 14065: whether an address is in a non-government-controlled area is decided by a person',
  },
];
