/**
 * The demo store's opening stock: units of each demo SKU (src/data/demo/catalog.ts) per demo
 * warehouse (src/data/demo/warehouses.ts), recorded by the seed as `receipt` movements. Figures are
 * invented for the demo, shaped like a small brand's stock:
 *
 * - Hội An holds the most: it is the workshop's own stock room and ships to every market.
 * - New Jersey and Venlo hold the best sellers in bulk shipments (coffee, cashews, tees, scarves);
 *   fragile or slow lines (the porcelain tea set, large baskets) stay in Hội An only.
 * - A few sizes are sold out somewhere (0: no receipt, so no stock level there): the small slip
 *   dress and the size 43 sandal in Venlo, the large basket and the 1 kg robusta in New Jersey.
 *   The W180 cashew gift tin is out of stock everywhere but Hội An.
 */
export type DemoStock = { sku: string; 'vn-hoian': number; 'us-nj': number; 'nl-venlo': number };

export const DEMO_STOCK_REASON = 'opening stock (demo)';

const s = (sku: string, hoian: number, nj: number, venlo: number): DemoStock => ({ sku, 'vn-hoian': hoian, 'us-nj': nj, 'nl-venlo': venlo });

export const DEMO_STOCK: readonly DemoStock[] = [
  // Coffee and cashews: roasted and packed weekly in Hội An, shipped by sea to both partners.
  s('COF-ROB-250', 240, 60, 48),
  s('COF-ROB-500', 180, 40, 36),
  s('COF-ROB-1000', 60, 0, 12),
  s('COF-ARA-250', 200, 48, 40),
  s('COF-ARA-500', 120, 24, 24),
  s('COF-PHN-250', 160, 36, 30),
  s('COF-PHN-500', 90, 18, 12),
  s('NUT-W320-250', 220, 72, 60),
  s('NUT-W320-500', 150, 48, 36),
  s('NUT-W320-1000', 70, 12, 12),
  s('NUT-W180-400', 45, 0, 0),
  // Silk: woven in small runs.
  s('SCF-SQ90-IND', 40, 12, 10),
  s('SCF-SQ90-SAF', 36, 8, 10),
  s('SCF-SQ90-JAD', 30, 8, 6),
  s('SCF-LOT-IVO', 28, 6, 8),
  s('SCF-LOT-BLU', 24, 6, 6),
  s('SCF-NEC-55', 50, 14, 12),
  s('DRS-SLP-S', 12, 3, 0),
  s('DRS-SLP-M', 18, 5, 4),
  s('DRS-SLP-L', 10, 3, 2),
  s('DRS-WRP-S', 8, 2, 2),
  s('DRS-WRP-M', 14, 4, 3),
  s('DRS-WRP-L', 9, 2, 2),
  // Cotton tees: the volume line.
  s('TEE-LAN-S', 80, 30, 24),
  s('TEE-LAN-M', 120, 45, 36),
  s('TEE-LAN-L', 100, 40, 30),
  s('TEE-EVD-M-NAT', 90, 36, 30),
  s('TEE-EVD-L-NAT', 80, 30, 24),
  s('TEE-EVD-M-IND', 70, 24, 20),
  s('TEE-EVD-L-IND', 60, 24, 18),
  // Leather.
  s('BAG-TOT-TAN', 25, 8, 6),
  s('BAG-TOT-BLK', 30, 10, 8),
  s('BAG-CRS-TAN', 20, 6, 5),
  s('BAG-CRS-BLK', 22, 6, 6),
  s('BAG-BKT-COG', 15, 4, 3),
  // Porcelain and stoneware: heavy and fragile, little of it abroad.
  s('CER-TEA-LOT', 18, 0, 0),
  s('CER-BWL-LOT', 40, 8, 8),
  s('CER-BWL-WHT', 36, 8, 6),
  s('CER-MUG-CEL', 60, 18, 16),
  s('CER-MUG-COB', 55, 16, 14),
  s('CER-PLT-21', 30, 6, 6),
  s('CER-PLT-27', 24, 4, 4),
  // Lacquer.
  s('LAC-BOX-S', 30, 8, 8),
  s('LAC-BOX-L', 16, 4, 4),
  s('LAC-TRY-VER', 20, 5, 5),
  s('LAC-TRY-BLK', 22, 6, 5),
  s('LAC-BWL-25', 18, 4, 4),
  // Bamboo.
  s('BAM-BRD-30', 70, 24, 20),
  s('BAM-BRD-40', 45, 12, 10),
  s('BAM-CHP-5', 150, 50, 40),
  s('BAM-CHP-10', 90, 30, 24),
  s('BAM-UTN-5', 80, 24, 20),
  s('BAM-BSK-S', 30, 6, 6),
  s('BAM-BSK-M', 20, 4, 4),
  s('BAM-BSK-L', 12, 0, 2),
  // Sandals: sizes run out first.
  s('SAN-SLD-37', 20, 6, 5),
  s('SAN-SLD-38', 24, 8, 6),
  s('SAN-SLD-39', 18, 5, 4),
  s('SAN-MEN-41', 16, 5, 4),
  s('SAN-MEN-42', 20, 6, 5),
  s('SAN-MEN-43', 12, 4, 0),
  s('SAN-BRC-37', 14, 4, 3),
  s('SAN-BRC-38', 16, 4, 4),
  s('SAN-BRC-39', 12, 3, 3),
  // Skincare: small batches with a shelf life.
  s('SKN-FAC-50', 60, 18, 15),
  s('SKN-BOD-100', 80, 24, 20),
  s('SKN-BOD-200', 50, 12, 10),
];
