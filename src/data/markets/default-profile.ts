/**
 * The market-scoring profile a store starts with: the factors a brand weighs before entering a
 * market (demand and size, purchasing power, online readiness, logistics quality, regulation, and
 * the merchant's own cost and time of getting goods there, and its sales), as indicators with
 * weights the merchant changes in the admin. Ids are those the importers give (World Bank WDI
 * codes, ITU series, LPI and B-READY components) and Landfall's own evidence (own.*).
 */
export type ProfileIndicator = { id: string; weight: number; direction: 'higher' | 'lower'; transform?: 'none' | 'log' };
export type ScoringProfile = { indicators: ProfileIndicator[]; normalization: 'min-max' | 'z-score' | 'rank'; missing: 'reweight' | 'worst'; minCoverage: number };

export const DEFAULT_PROFILE: ScoringProfile = {
  indicators: [
    { id: 'wdi.SP.POP.TOTL', weight: 10, direction: 'higher', transform: 'log' },
    { id: 'wdi.NY.GDP.PCAP.CD', weight: 15, direction: 'higher', transform: 'log' },
    { id: 'itu.i99H', weight: 10, direction: 'higher' },
    { id: 'wdi.IT.NET.SECR.P6', weight: 5, direction: 'higher', transform: 'log' },
    { id: 'lpi.overall', weight: 10, direction: 'higher' },
    { id: 'bready.regulatory_framework', weight: 5, direction: 'higher' },
    { id: 'own.landed_cost_share', weight: 15, direction: 'lower' },
    { id: 'own.shipping_cost', weight: 10, direction: 'lower' },
    { id: 'own.delivery_days', weight: 5, direction: 'lower' },
    { id: 'own.paid_orders', weight: 15, direction: 'higher', transform: 'log' },
  ],
  normalization: 'min-max',
  missing: 'reweight',
  minCoverage: 0.5,
};
