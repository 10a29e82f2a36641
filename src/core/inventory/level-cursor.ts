import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url.js';
import { CODE_PATTERN, SKU_PATTERN } from './limits.js';

/**
 * Opaque cursor of the stock-level list, which is ordered by SKU then warehouse code (the order an
 * operator reads it in). Decoding checks the shape, so a forged cursor is an input error.
 */
export type LevelCursor = { readonly sku: string; readonly warehouse: string };

export function encodeLevelCursor(cursor: LevelCursor): string {
  return encodeBase64Url(JSON.stringify([cursor.sku, cursor.warehouse]));
}

export function decodeLevelCursor(text: string): LevelCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(text)) return undefined;
  const json = decodeBase64Url(text);
  if (json === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [sku, warehouse] = value as unknown[];
    if (typeof sku !== 'string' || !SKU_PATTERN.test(sku) || typeof warehouse !== 'string' || !CODE_PATTERN.test(warehouse)) return undefined;
    return { sku, warehouse };
  } catch {
    return undefined;
  }
}
