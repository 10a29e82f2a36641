/**
 * Sanctioned destinations: whole countries, or regions recognised in an address by their ISO 3166-2
 * code or name, a city, or a postal code range. The data is in src/data/compliance.
 */
export type SanctionedRegion = {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 of the country the region is in (the whole country when nothing else is given). */
  country: string;
  action: 'block' | 'review';
  jurisdictions: readonly string[];
  regions?: readonly string[];
  cities?: readonly string[];
  /** Inclusive ranges of numeric postal codes of the same length. */
  postalCodes?: ReadonlyArray<{ from: string; to: string }>;
  validFrom: string;
  validTo: string | null;
  source: string;
};

export type RegionHit = { region: SanctionedRegion; matchedBy: string; field: 'country' | 'region' | 'city' | 'postalCode' };

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The sanctioned regions in force on `date` the address is in, blocks first. */
export function sanctionedRegionsOf(address: { country: string; region?: string | null; city?: string | null; postalCode?: string | null; lines?: readonly string[] }, regions: readonly SanctionedRegion[], date: string): RegionHit[] {
  const out: RegionHit[] = [];
  const region = address.region ? fold(address.region) : '';
  const city = address.city ? fold(address.city) : '';
  const text = ` ${fold([address.region ?? '', address.city ?? '', ...(address.lines ?? [])].join(' '))} `;
  const postal = (address.postalCode ?? '').replace(/\s+/g, '');
  for (const r of regions) {
    if (r.country !== address.country || r.validFrom > date || (r.validTo !== null && r.validTo < date)) continue;
    if (!r.regions && !r.cities && !r.postalCodes) {
      out.push({ region: r, matchedBy: `country ${r.country}`, field: 'country' });
      continue;
    }
    const code = r.regions?.find((x) => x.toUpperCase() === (address.region ?? '').trim().toUpperCase() || fold(x) === region || (fold(x).length > 3 && text.includes(` ${fold(x)} `)));
    if (code) {
      out.push({ region: r, matchedBy: `region ${code}`, field: 'region' });
      continue;
    }
    const town = r.cities?.find((x) => fold(x) === city);
    if (town) {
      out.push({ region: r, matchedBy: `city ${town}`, field: 'city' });
      continue;
    }
    const range = /^\d+$/.test(postal) ? r.postalCodes?.find((p) => p.from.length === postal.length && postal >= p.from && postal <= p.to) : undefined;
    if (range) out.push({ region: r, matchedBy: `postal code ${postal} (${range.from}-${range.to})`, field: 'postalCode' });
  }
  return out.sort((a, b) => (a.region.action === b.region.action ? 0 : a.region.action === 'block' ? -1 : 1));
}
