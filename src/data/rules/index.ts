import type { RuleSetData } from '../../core/landed-cost/rule-data.js';
import { COUNTRY_PROFILES } from './countries.js';
import { DE_MINIMIS } from './de-minimis.js';
import { FEES } from './fees.js';
import { IMPORT_TAXES } from './import-taxes.js';
import { FLAT_DUTIES, LOW_VALUE_SCHEMES } from './low-value-schemes.js';
import { TARIFF_LINES } from './tariffs/index.js';

/**
 * The starter rule set shipped with Landfall: hand-checked facts with their sources and dates
 * (see SOURCES.md beside each file). Imported national tariffs are merged in at run time.
 * Bump the version whenever a fact changes: every answer names the version it used.
 */
export const STARTER_RULES: RuleSetData = {
  version: 'starter-2026.11.27',
  countries: COUNTRY_PROFILES,
  tariffs: TARIFF_LINES,
  taxes: IMPORT_TAXES,
  deMinimis: DE_MINIMIS,
  schemes: LOW_VALUE_SCHEMES,
  flatDuties: FLAT_DUTIES,
  fees: FEES,
};
