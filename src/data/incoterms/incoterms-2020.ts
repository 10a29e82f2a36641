import type { CostItem, IncotermCode, IncotermRule, Party } from '../../core/b2b/incoterms.js';

/**
 * Incoterms 2020 (ICC publication 723E, in force from 2020-01-01): the seller's and buyer's
 * obligations A1–A10 / B1–B10 as they fall on the costs a distributor's quote sets out. Insurance:
 * only CIF (Institute Cargo Clauses (C), A5) and CIP (Clauses (A), A5) oblige the seller to insure,
 * at 110 % of the contract value; under the other rules the party at risk during the main carriage
 * insures if it wishes: the buyer under E, F and the other C rules, the seller under D rules.
 * Loading at origin: the seller loads under FCA when delivery is at its premises (A2); EXW leaves it
 * to the buyer. Unloading at destination: only DPU has the seller unload (A2). Import clearance and
 * duties: the buyer's except under DDP (A7/B7). The sea-only rules' alternatives follow ICC's
 * guidance (FCA for FAS and FOB, CPT for CFR, CIP for CIF) when goods are containerised or fly.
 */
export const INCOTERMS_SOURCE = 'ICC, Incoterms® 2020 (publication 723E), rules A1–A10 and B1–B10; introduction, paragraphs on the sea-only rules';

const split = (seller: readonly CostItem[]): Record<CostItem, Party> => {
  const all: CostItem[] = ['loading', 'exportClearance', 'mainCarriage', 'insurance', 'unloading', 'importClearance', 'duties', 'importTaxes'];
  return Object.fromEntries(all.map((c) => [c, seller.includes(c) ? 'seller' : 'buyer'])) as Record<CostItem, Party>;
};

const rule = (code: IncotermCode, name: string, modes: 'any' | 'sea', delivery: string, riskPasses: 'origin' | 'destination', seller: readonly CostItem[], extra: { insuranceCover?: string; anyModeAlternative?: IncotermCode } = {}): IncotermRule => ({
  code,
  name,
  modes,
  delivery,
  riskPasses,
  costs: split(seller),
  insuranceCover: extra.insuranceCover ?? null,
  anyModeAlternative: extra.anyModeAlternative ?? null,
  source: INCOTERMS_SOURCE,
});

const EXPORT: CostItem[] = ['loading', 'exportClearance'];

export const INCOTERMS_2020: Readonly<Record<IncotermCode, IncotermRule>> = {
  EXW: rule('EXW', 'Ex Works', 'any', 'at the seller\'s premises, not loaded and not cleared for export', 'origin', []),
  FCA: rule('FCA', 'Free Carrier', 'any', 'to the buyer\'s carrier at the named place, cleared for export (loaded when the place is the seller\'s premises)', 'origin', EXPORT),
  FAS: rule('FAS', 'Free Alongside Ship', 'sea', 'alongside the ship at the named port of shipment', 'origin', EXPORT, { anyModeAlternative: 'FCA' }),
  FOB: rule('FOB', 'Free On Board', 'sea', 'on board the ship at the named port of shipment', 'origin', EXPORT, { anyModeAlternative: 'FCA' }),
  CFR: rule('CFR', 'Cost and Freight', 'sea', 'on board the ship at the port of shipment; the seller pays the freight to the named port of destination', 'origin', [...EXPORT, 'mainCarriage'], { anyModeAlternative: 'CPT' }),
  CIF: rule('CIF', 'Cost, Insurance and Freight', 'sea', 'on board the ship at the port of shipment; the seller pays freight and insurance to the named port of destination', 'origin', [...EXPORT, 'mainCarriage', 'insurance'], { insuranceCover: 'Institute Cargo Clauses (C), 110 % of the contract value', anyModeAlternative: 'CIP' }),
  CPT: rule('CPT', 'Carriage Paid To', 'any', 'to the first carrier; the seller pays the carriage to the named place of destination', 'origin', [...EXPORT, 'mainCarriage']),
  CIP: rule('CIP', 'Carriage and Insurance Paid To', 'any', 'to the first carrier; the seller pays carriage and insurance to the named place of destination', 'origin', [...EXPORT, 'mainCarriage', 'insurance'], { insuranceCover: 'Institute Cargo Clauses (A), 110 % of the contract value' }),
  DAP: rule('DAP', 'Delivered at Place', 'any', 'at the named place of destination, ready for unloading', 'destination', [...EXPORT, 'mainCarriage', 'insurance']),
  DPU: rule('DPU', 'Delivered at Place Unloaded', 'any', 'at the named place of destination, unloaded', 'destination', [...EXPORT, 'mainCarriage', 'insurance', 'unloading']),
  DDP: rule('DDP', 'Delivered Duty Paid', 'any', 'at the named place of destination, ready for unloading, cleared for import with duties and taxes paid', 'destination', [...EXPORT, 'mainCarriage', 'insurance', 'importClearance', 'duties', 'importTaxes']),
};
