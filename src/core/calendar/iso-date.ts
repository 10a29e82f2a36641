/** Calendar dates as ISO 8601 "YYYY-MM-DD" strings: they sort and compare as text. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Whole days from `a` to `b` (positive when b is later). Both must be valid ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** True when `date` falls in [from, to): `to` is exclusive and open-ended when absent. */
export function isInEffect(date: string, from: string, to: string | undefined): boolean {
  return date >= from && (to === undefined || date < to);
}
