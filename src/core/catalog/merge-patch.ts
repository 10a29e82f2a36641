import { isObject } from './field-checks.js';

/**
 * Apply a JSON Merge Patch (RFC 7396) to a JSON value: objects merge key by key, `null` removes a
 * key, anything else (arrays included) replaces. Neither argument is modified. Keys are copied as
 * own properties (never through a prototype setter), so a `"__proto__"` key in a patch is just a
 * key, which validation then refuses.
 * @example applyMergePatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: null, e: 4 } }) // { a: 1, b: { d: 3, e: 4 } }
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const base = isObject(target) ? target : {};
  const out: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(base)) {
    if (!Object.hasOwn(patch, key)) out.push([key, value]);
  }
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) continue;
    out.push([key, applyMergePatch(Object.hasOwn(base, key) ? base[key] : undefined, value)]);
  }
  return Object.fromEntries(out);
}
