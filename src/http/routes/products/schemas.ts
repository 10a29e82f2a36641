/**
 * JSON schemas of the catalog's admin API, inlined into each route (for the OpenAPI document and
 * fast serialization of answers). Bodies are validated by the core (validateProductInput), the same
 * validation the import uses, so HTTP and CLI name bad fields alike.
 */
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const nullableText = { type: ['string', 'null'] } as const;
const decimal = { type: ['string', 'number'], description: 'A decimal number, as a string ("0.25") or a JSON number' } as const;

const translationInput = {
  type: 'object',
  required: ['title'],
  properties: { title: text(200), description: text(5000), customsDescription: text(200) },
} as const;

const variantInput = {
  type: 'object',
  required: ['sku', 'price', 'weightKg'],
  properties: {
    sku: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$', description: 'Unique across the catalog' },
    options: { type: 'object', additionalProperties: { type: 'string' }, examples: [{ size: '500 g' }] },
    price: {
      type: 'object',
      required: ['amount', 'currency'],
      properties: { amount: { type: 'string', examples: ['12.50'] }, currency: { type: 'string', examples: ['USD'] } },
      description: "In the store's base currency; no more decimals than the currency has",
    },
    weightKg: { ...decimal, description: 'Above 0, up to 1,000, at most 3 decimals' },
    dimensionsCm: { type: 'object', required: ['length', 'width', 'height'], properties: { length: decimal, width: decimal, height: decimal } },
    barcode: { type: 'string', description: 'GTIN/EAN/UPC (check digit verified) or another code' },
  },
} as const;

export const productInputSchema = {
  type: 'object',
  description: 'A product with its texts by locale and its variants. Unknown fields are refused.',
  required: ['handle', 'hsCode', 'originCountry', 'translations', 'variants'],
  properties: {
    handle: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100, examples: ['robusta-beans-500g'] },
    status: { type: 'string', enum: ['draft', 'active', 'archived'], default: 'active' },
    hsCode: { type: 'string', description: 'HS subheading, 6 digits (dots allowed: "0901.11")', examples: ['090111'] },
    nationalCodes: { type: 'object', additionalProperties: { type: 'string' }, description: '8 to 10 digit codes by territory (ISO country or EU)', examples: [{ US: '0901110020' }] },
    originCountry: { type: 'string', pattern: '^[A-Z]{2}$', examples: ['VN'] },
    material: text(200),
    categories: { type: 'array', maxItems: 50, items: { type: 'string' } },
    tags: { type: 'array', maxItems: 50, items: { type: 'string' } },
    images: { type: 'array', maxItems: 50, items: { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri-reference', description: 'an http(s) URL, or a path on this store starting with one / ("/media/demo/a.png")' }, alt: text(500) } } },
    translations: { type: 'object', description: 'Texts by BCP 47 locale; en is required', additionalProperties: translationInput, examples: [{ en: { title: 'Robusta coffee beans' } }] },
    variants: { type: 'array', minItems: 1, maxItems: 500, items: variantInput },
  },
} as const;

export const productPatchSchema = {
  type: 'object',
  description:
    'A JSON Merge Patch (RFC 7396) of the product: fields given replace, null removes, objects (translations, nationalCodes) merge, arrays (variants, images, categories, tags) replace. Variants are matched by SKU.',
  examples: [{ status: 'active', translations: { de: { title: 'Robusta-Kaffeebohnen' }, fr: null } }],
} as const;

const variantView = {
  type: 'object',
  required: ['id', 'sku', 'options', 'price', 'weightKg', 'dimensionsCm', 'barcode'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    sku: { type: 'string' },
    options: { type: 'object', additionalProperties: { type: 'string' } },
    price: { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'string' }, currency: { type: 'string' } } },
    weightKg: { type: 'string' },
    dimensionsCm: { type: ['object', 'null'], properties: { length: { type: 'string' }, width: { type: 'string' }, height: { type: 'string' } } },
    barcode: nullableText,
  },
} as const;

export const productViewSchema = {
  type: 'object',
  required: ['id', 'handle', 'status', 'hsCode', 'nationalCodes', 'originCountry', 'material', 'categories', 'tags', 'images', 'translations', 'variants', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    handle: { type: 'string' },
    status: { type: 'string', enum: ['draft', 'active', 'archived'] },
    hsCode: { type: 'string' },
    nationalCodes: { type: 'object', additionalProperties: { type: 'string' } },
    originCountry: { type: 'string' },
    material: nullableText,
    categories: { type: 'array', items: { type: 'string' } },
    tags: { type: 'array', items: { type: 'string' } },
    images: { type: 'array', items: { type: 'object', required: ['url', 'alt'], properties: { url: { type: 'string' }, alt: nullableText } } },
    translations: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['title', 'description', 'customsDescription'],
        properties: { title: { type: 'string' }, description: nullableText, customsDescription: nullableText },
      },
    },
    variants: { type: 'array', items: variantView },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const productPageSchema = {
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: { items: { type: 'array', items: productViewSchema }, nextCursor: { type: ['string', 'null'] } },
} as const;

export const productIdParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } } as const;
