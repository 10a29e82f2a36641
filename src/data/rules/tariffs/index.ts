import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';
import { AE_TARIFF } from './ae.js';
import { AU_TARIFF } from './au.js';
import { CA_TARIFF } from './ca.js';
import { CH_TARIFF } from './ch.js';
import { CN_TARIFF } from './cn.js';
import { EU_TARIFF } from './eu.js';
import { GB_TARIFF } from './gb.js';
import { JP_TARIFF } from './jp.js';
import { KR_TARIFF } from './kr.js';
import { MX_TARIFF } from './mx.js';
import { NO_TARIFF } from './no.js';
import { NZ_TARIFF } from './nz.js';
import { SG_TARIFF } from './sg.js';
import { US_TARIFF } from './us.js';

/**
 * Hand-checked starter tariff lines for the demo store's goods, one module per customs territory.
 * What each line rests on, and what is missing, is in ./SOURCES.md.
 */
export const TARIFF_LINES: TariffLineData[] = [
  ...EU_TARIFF,
  ...GB_TARIFF,
  ...US_TARIFF,
  ...CA_TARIFF,
  ...MX_TARIFF,
  ...CH_TARIFF,
  ...NO_TARIFF,
  ...AU_TARIFF,
  ...NZ_TARIFF,
  ...JP_TARIFF,
  ...KR_TARIFF,
  ...SG_TARIFF,
  ...CN_TARIFF,
  ...AE_TARIFF,
];
