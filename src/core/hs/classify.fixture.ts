import type { HsExample, HsNomenclatureEntry } from './types.js';

/** A tiny hand-written nomenclature and example set for the classifier's tests. */
export const NOMENCLATURE: HsNomenclatureEntry[] = [
  { code: '09', level: 2, parent: null, description: 'Coffee, tea, mate and spices' },
  { code: '0901', level: 4, parent: '09', description: 'Coffee, whether or not roasted or decaffeinated' },
  { code: '090111', level: 6, parent: '0901', description: 'Coffee; not roasted, not decaffeinated' },
  { code: '090121', level: 6, parent: '0901', description: 'Coffee; roasted, not decaffeinated' },
  { code: '0902', level: 4, parent: '09', description: 'Tea, whether or not flavoured' },
  { code: '090210', level: 6, parent: '0902', description: 'Tea, green; in packages not exceeding 3kg' },
  { code: '61', level: 2, parent: null, description: 'Apparel and clothing accessories; knitted or crocheted' },
  { code: '6109', level: 4, parent: '61', description: 'T-shirts, singlets and other vests; knitted or crocheted' },
  { code: '610910', level: 6, parent: '6109', description: 'T-shirts, singlets and other vests; of cotton, knitted or crocheted' },
  { code: '610990', level: 6, parent: '6109', description: 'T-shirts, singlets and other vests; of textile materials other than cotton' },
  { code: '64', level: 2, parent: null, description: 'Footwear; gaiters and the like' },
  { code: '6404', level: 4, parent: '64', description: 'Footwear; with outer soles of rubber, plastics and uppers of textile materials' },
  { code: '640411', level: 6, parent: '6404', description: 'Footwear; sports footwear, tennis shoes, basketball shoes, gym shoes, training shoes' },
  { code: '95', level: 2, parent: null, description: 'Toys, games and sports requisites' },
  { code: '9503', level: 4, parent: '95', description: 'Toys; puzzles, dolls, scale models' },
  { code: '950300', level: 6, parent: '9503', description: 'Toys; tricycles, scooters, dolls, puzzles of all kinds' },
  { code: '33', level: 2, parent: null, description: 'Essential oils; perfumery, cosmetic or toilet preparations' },
  { code: '3304', level: 4, parent: '33', description: 'Beauty or make-up preparations and preparations for the care of the skin' },
  { code: '330410', level: 6, parent: '3304', description: 'Cosmetic and toilet preparations; lip make-up preparations' },
];

export const EXAMPLES: HsExample[] = [
  { text: 'mens cotton tee', hs6: '610910' },
  { text: 'cotton t-shirt printed', hs6: '610910' },
  { text: 'polyester sports t shirt', hs6: '610990' },
  { text: 'running trainers', hs6: '640411' },
  { text: 'kids sneakers', hs6: '640411' },
  { text: 'wooden jigsaw puzzle 500 pieces', hs6: '950300' },
  { text: 'barbie doll', hs6: '950300' },
  { text: 'matte lipstick ruby', hs6: '330410' },
  { text: 'green tea sencha 100g', hs6: '090210' },
];
