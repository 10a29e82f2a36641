/** One entry of an Accept-Language header: a language, maybe a region, and its weight. */
export type LanguagePreference = { language: string; region: string | undefined; tag: string; q: number };

const TAG = /^([a-zA-Z]{2,3})(?:-([a-zA-Z]{4}))?(?:-([a-zA-Z]{2}|\d{3}))?(?:-[a-zA-Z0-9]{1,8})*$/;

/**
 * Parse an Accept-Language header (RFC 9110 section 12.5.4) into preferences, highest weight first,
 * ties in header order. Malformed entries and q=0 are dropped; "*" is ignored. At most 20 entries are
 * read, so a hostile header cannot make this slow.
 * @example parseAcceptLanguage('de-CH,de;q=0.9,en;q=0.8') // de-CH 1, de 0.9, en 0.8
 */
export function parseAcceptLanguage(header: string | undefined): LanguagePreference[] {
  if (!header) return [];
  const out: Array<LanguagePreference & { order: number }> = [];
  const parts = header.slice(0, 1000).split(',').slice(0, 20);
  parts.forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(';');
    const m = TAG.exec((rawTag ?? '').trim());
    if (!m) return;
    let q = 1;
    for (const p of params) {
      const qm = /^\s*q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)\s*$/.exec(p);
      if (qm) q = Number(qm[1]);
      else if (/^\s*q\s*=/.test(p)) return; // a malformed weight drops the entry
    }
    if (q <= 0) return;
    const language = m[1]!.toLowerCase();
    const region = m[3] && /^[a-zA-Z]{2}$/.test(m[3]) ? m[3].toUpperCase() : undefined;
    out.push({ language, region, tag: region ? `${language}-${region}` : language, q, order });
  });
  return out.sort((a, b) => b.q - a.q || a.order - b.order).map(({ order: _order, ...p }) => p);
}
