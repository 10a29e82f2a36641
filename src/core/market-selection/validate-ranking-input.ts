import { fail, ok, type Result } from '../result/result.js';
import type { CountryInput, IndicatorSpec, RankOptions } from './types.js';

const COUNTRY = /^[A-Z]{2}$/;

/**
 * Check indicators, options and countries before any arithmetic. The first problem found is returned
 * as VALIDATION_FAILED with the field at fault (`indicators[2].weight`, `countries[4].values.gdp.value`).
 * A missing value is not a problem (it is stated in the ranking); a value that is present but not a
 * finite number is, and so is a value <= 0 for an indicator that is log-transformed.
 */
export function validateRankingInput(
  countries: readonly CountryInput[],
  specs: readonly IndicatorSpec[],
  options: RankOptions,
): Result<void, 'VALIDATION_FAILED'> {
  const bad = (field: string, message: string) => fail('VALIDATION_FAILED', message, { field });
  if (!Array.isArray(specs) || specs.length === 0) return bad('indicators', 'at least one indicator is needed');
  const ids = new Set<string>();
  let positive = false;
  for (const [i, s] of specs.entries()) {
    const at = `indicators[${i}]`;
    if (typeof s?.id !== 'string' || s.id.trim() === '') return bad(`${at}.id`, 'an indicator needs a non-empty id');
    if (ids.has(s.id)) return bad(`${at}.id`, `indicator id "${s.id}" is used twice`);
    ids.add(s.id);
    if (typeof s.name !== 'string' || s.name.trim() === '') return bad(`${at}.name`, `indicator "${s.id}" needs a name`);
    if (typeof s.weight !== 'number' || !Number.isFinite(s.weight) || s.weight < 0) {
      return bad(`${at}.weight`, `the weight of "${s.id}" must be a finite number >= 0`);
    }
    if (s.weight > 0) positive = true;
    if (s.direction !== 'higher' && s.direction !== 'lower') return bad(`${at}.direction`, `the direction of "${s.id}" must be "higher" or "lower"`);
    if (s.transform !== undefined && s.transform !== 'none' && s.transform !== 'log') {
      return bad(`${at}.transform`, `the transform of "${s.id}" must be "none" or "log"`);
    }
  }
  if (!positive) return bad('indicators', 'at least one indicator needs a weight above 0');

  if (!['min-max', 'z-score', 'rank'].includes(options?.normalization)) {
    return bad('options.normalization', 'normalization must be "min-max", "z-score" or "rank"');
  }
  if (options.missing !== 'reweight' && options.missing !== 'worst') return bad('options.missing', 'missing must be "reweight" or "worst"');
  const min = options.minCoverage;
  if (min !== undefined && (typeof min !== 'number' || !Number.isFinite(min) || min < 0 || min > 1)) {
    return bad('options.minCoverage', 'minCoverage must be a share between 0 and 1');
  }

  if (!Array.isArray(countries)) return bad('countries', 'countries must be a list');
  const seen = new Set<string>();
  for (const [c, country] of countries.entries()) {
    const at = `countries[${c}]`;
    if (typeof country?.country !== 'string' || !COUNTRY.test(country.country)) {
      return bad(`${at}.country`, 'a country is an ISO 3166-1 alpha-2 code in capitals, like "DE"');
    }
    if (seen.has(country.country)) return bad(`${at}.country`, `country ${country.country} is listed twice`);
    seen.add(country.country);
    if (typeof country.values !== 'object' || country.values === null) return bad(`${at}.values`, 'values must be an object keyed by indicator id');
    for (const s of specs) {
      const v = country.values[s.id];
      if (v === undefined) continue;
      const vat = `${at}.values.${s.id}`;
      if (typeof v !== 'object' || v === null) return bad(vat, `the value of "${s.id}" for ${country.country} must be { value, year, source }`);
      if (typeof v.value !== 'number' || !Number.isFinite(v.value)) {
        return bad(`${vat}.value`, `the value of "${s.id}" for ${country.country} must be a finite number (leave it out when it is missing)`);
      }
      if (s.transform === 'log' && v.value <= 0) {
        return bad(`${vat}.value`, `"${s.id}" is log-transformed, so its values must be > 0 (${country.country} has ${v.value})`);
      }
      if (v.year !== null && !Number.isInteger(v.year)) return bad(`${vat}.year`, 'year must be a whole number or null');
      if (typeof v.source !== 'string') return bad(`${vat}.source`, 'source must be a string');
    }
  }
  return ok(undefined);
}
