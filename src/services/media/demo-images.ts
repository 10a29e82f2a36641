import { createHash } from 'node:crypto';
import type { ProductInput } from '../../core/catalog/product-input.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { DEMO_CATALOG } from '../../data/demo/catalog.js';
import { encodeRgbPng } from './encode-png.js';

/** Width and height of a demo product image, in pixels (the storefront's product image box). */
export const DEMO_IMAGE_SIZE = 640;

type Rgb = readonly [number, number, number];

/** Background by main category: coffee brown, lagoon teal, lantern red, celadon, turmeric. */
const CATEGORY_COLOURS: Readonly<Record<string, Rgb>> = {
  pantry: [111, 78, 55],
  accessories: [31, 111, 120],
  apparel: [178, 58, 72],
  home: [94, 140, 97],
  beauty: [224, 165, 38],
};
const OTHER_COLOUR: Rgb = [90, 100, 115];
const DARK: Rgb = [38, 34, 30];
const LIGHT: Rgb = [245, 238, 225];

const SHAPES = ['circle', 'square', 'diamond'] as const;
type Shape = (typeof SHAPES)[number];

/** The bytes of one image, its ETag and media type. */
export type DemoImage = { body: Buffer; etag: string; contentType: 'image/png' };

/** Demo images by product handle, each drawn on first request and kept in memory after. */
export type DemoImages = { get(handle: string): Result<DemoImage, 'NOT_FOUND'> };

/**
 * The demo catalog's product images (`/media/demo/{handle}.png`): a flat background in the colour of
 * the product's main category, a lighter circle, square or diamond in the centre (chosen by the
 * handle, so neighbours differ) and a contrasting band across the lower part. Deterministic: the same
 * handle gives the same bytes and ETag in every process and release that draws it alike.
 * @example createDemoImages().get('bamboo-chopsticks') // ok({ body: <PNG 640x640>, etag: '"…"', contentType: 'image/png' })
 */
export function createDemoImages(catalog: readonly Pick<ProductInput, 'handle' | 'categories'>[] = DEMO_CATALOG): DemoImages {
  const products = new Map(catalog.map((p) => [p.handle, p]));
  const made = new Map<string, DemoImage>();
  return {
    get(handle) {
      const hit = made.get(handle);
      if (hit) return ok(hit);
      const product = products.get(handle);
      if (!product) return fail('NOT_FOUND', `no demo product image for handle ${JSON.stringify(handle)}`, { field: 'handle' });
      const body = renderDemoImage(product);
      const image: DemoImage = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, contentType: 'image/png' };
      made.set(handle, image);
      return ok(image);
    },
  };
}

/** The PNG of one demo product (see createDemoImages for what it shows). */
export function renderDemoImage(product: Pick<ProductInput, 'handle' | 'categories'>): Buffer {
  const background = CATEGORY_COLOURS[product.categories?.[0] ?? ''] ?? OTHER_COLOUR;
  const shapeColour = towards(background, 255, 2, 5);
  const band = luminance(background) >= 140 ? DARK : LIGHT;
  const shape = SHAPES[fnv1a(product.handle) % SHAPES.length]!;
  const size = DEMO_IMAGE_SIZE;
  const rgb = new Uint8Array(size * size * 3);
  const bandTop = Math.round(size * 0.7);
  const bandBottom = bandTop + Math.round(size * 0.075);
  for (let y = 0; y < size; y++) {
    const inBand = y >= bandTop && y < bandBottom;
    for (let x = 0; x < size; x++) {
      const colour = inBand ? band : inShape(shape, x, y, size) ? shapeColour : background;
      rgb.set(colour, (y * size + x) * 3);
    }
  }
  return encodeRgbPng(size, size, rgb);
}

/**
 * Whether the centre of pixel (x, y) lies in the centred shape. Coordinates are doubled so pixel
 * centres (x + 0.5) stay integers: X = 2x + 1 - size.
 */
function inShape(shape: Shape, x: number, y: number, size: number): boolean {
  const dx = Math.abs(2 * x + 1 - size);
  const dy = Math.abs(2 * y + 1 - size);
  switch (shape) {
    case 'circle': {
      const r = size * 0.55; // radius 176 px at 640, doubled
      return dx * dx + dy * dy <= r * r;
    }
    case 'square':
      return dx <= size * 0.47 && dy <= size * 0.47; // 300 px square at 640
    case 'diamond':
      return dx + dy <= size * 0.625; // 200 px from centre to each corner at 640
  }
}

/** Each channel moved num/den of the way towards `target` (integer steps, rounded down). */
function towards(colour: Rgb, target: number, num: number, den: number): Rgb {
  return colour.map((c) => c + Math.floor(((target - c) * num) / den)) as unknown as Rgb;
}

/** Perceived brightness 0-255 (ITU-R BT.601 weights), to pick a band that stands out. */
function luminance([r, g, b]: Rgb): number {
  return (299 * r + 587 * g + 114 * b) / 1000;
}

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
