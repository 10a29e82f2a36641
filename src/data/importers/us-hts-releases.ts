/**
 * Effective dates of HTS releases, which the USITC JSON export does not carry inside the file.
 * Keyed by "<year> Revision <n>" or "<year> Basic Edition". Source: the USITC release notes on
 * https://hts.usitc.gov/ (release archive). Add a release here, or pass --effective-from.
 */
export const US_HTS_RELEASES: Readonly<Record<string, string>> = {
  '2026 Revision 10': '2026-06-08',
};

export type HtsRelease = { readonly name: string; readonly effectiveFrom: string | undefined };

/**
 * Recognise the release from the file name USITC gives its exports
 * (`hts_2026_revision_10_json.json`, `hts_2025_basic_edition_json.json`) and look up its date.
 * @example htsReleaseFromName('hts_2026_revision_10_json.json') // { name: '2026 Revision 10', effectiveFrom: '2026-06-08' }
 */
export function htsReleaseFromName(fileName: string): HtsRelease | undefined {
  const m = /hts_(\d{4})_(?:revision_(\d{1,3})|(basic)(?:_edition)?)/i.exec(fileName);
  if (!m) return undefined;
  const name = m[2] ? `${m[1]} Revision ${Number(m[2])}` : `${m[1]} Basic Edition`;
  return { name, effectiveFrom: US_HTS_RELEASES[name] };
}
