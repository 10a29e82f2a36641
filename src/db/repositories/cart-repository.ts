import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { cartLines, carts, discountCodes, productTranslations, products, stockLevels, variants } from '../schema/index.js';
import { goodsTexts } from './goods-restriction-repository.js';

export type CartRow = typeof carts.$inferSelect;
export type CartPatch = Partial<Pick<CartRow, 'country' | 'locale' | 'email' | 'address' | 'discountCode' | 'deliveryOption'>>;
export type CartLineRecord = { variantId: string; sku: string; quantity: number; position: number };
export type CartRecord = CartRow & { lines: CartLineRecord[] };
export type DiscountCodeRow = typeof discountCodes.$inferSelect;

/** What a cart needs to know about a variant to price, weigh, classify and name it. */
export type CartVariant = {
  variantId: string;
  sku: string;
  productId: string;
  productStatus: string;
  handle: string;
  options: Record<string, string>;
  priceMinor: number;
  currency: string;
  weightG: number;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  hsCode: string;
  originCountry: string;
  /** Title per locale. */
  titles: Record<string, string>;
  /** What the restricted-goods rules read: material, categories, tags, and every translation's text. */
  material: string | null;
  categories: string[];
  tags: string[];
  texts: string[];
};

export type CartRepository = ReturnType<typeof createCartRepository>;

/**
 * Carts and their lines, discount codes, and the catalog and stock reads a cart quote makes. Changes
 * to one cart go through `lock` inside a transaction so that two requests on one cart apply one
 * after the other (each bumps `version`).
 */
export function createCartRepository(orm: Orm) {
  async function linesOf(cartId: string): Promise<CartLineRecord[]> {
    return orm
      .select({ variantId: cartLines.variantId, sku: variants.sku, quantity: cartLines.quantity, position: cartLines.position })
      .from(cartLines)
      .innerJoin(variants, eq(variants.id, cartLines.variantId))
      .where(eq(cartLines.cartId, cartId))
      .orderBy(asc(cartLines.position));
  }

  return {
    async create(row: Pick<CartRow, 'id' | 'market' | 'currency' | 'country' | 'locale' | 'email' | 'address' | 'expiresAt'>, at: Date): Promise<CartRow> {
      const [saved] = await orm
        .insert(carts)
        .values({ ...row, createdAt: at, updatedAt: at })
        .returning();
      return saved!;
    },

    async get(id: string): Promise<CartRecord | undefined> {
      const [cart] = await orm.select().from(carts).where(eq(carts.id, id));
      return cart ? { ...cart, lines: await linesOf(id) } : undefined;
    },

    /** Read and lock a cart for the rest of the transaction. */
    async lock(id: string): Promise<CartRecord | undefined> {
      const [cart] = await orm.select().from(carts).where(eq(carts.id, id)).for('update');
      return cart ? { ...cart, lines: await linesOf(id) } : undefined;
    },

    /** Set a line's quantity (insert at the end, or change); 0 removes it. */
    async setLine(cartId: string, variantId: string, quantity: number): Promise<void> {
      if (quantity === 0) {
        await orm.delete(cartLines).where(and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, variantId)));
        return;
      }
      await orm
        .insert(cartLines)
        .values({ cartId, variantId, quantity, position: sql`(select coalesce(max(position), -1) + 1 from cart_lines where cart_id = ${cartId}::uuid)` })
        .onConflictDoUpdate({ target: [cartLines.cartId, cartLines.variantId], set: { quantity } });
    },

    /** Apply a change: bump the version and push the expiry forward. */
    async touch(id: string, patch: CartPatch, at: Date, expiresAt: Date): Promise<void> {
      await orm
        .update(carts)
        .set({ ...patch, version: sql`${carts.version} + 1`, updatedAt: at, expiresAt })
        .where(eq(carts.id, id));
    },

    /** The cart became an order; only an open cart can. */
    async markOrdered(id: string, at: Date): Promise<boolean> {
      const changed = await orm
        .update(carts)
        .set({ status: 'ordered', version: sql`${carts.version} + 1`, updatedAt: at })
        .where(and(eq(carts.id, id), eq(carts.status, 'open')))
        .returning({ id: carts.id });
      return changed.length === 1;
    },

    /** Variants by id or SKU with their product's customs data and titles (one query). */
    async variants(by: { ids?: readonly string[]; skus?: readonly string[] }): Promise<CartVariant[]> {
      const ids = [...(by.ids ?? [])];
      const skus = [...(by.skus ?? [])];
      if (ids.length === 0 && skus.length === 0) return [];
      const where = ids.length > 0 && skus.length > 0 ? sql`(${inArray(variants.id, ids)} or ${inArray(variants.sku, skus)})` : ids.length > 0 ? inArray(variants.id, ids) : inArray(variants.sku, skus);
      const found = await orm
        .select({
          variantId: variants.id,
          sku: variants.sku,
          productId: variants.productId,
          productStatus: products.status,
          handle: products.handle,
          options: variants.options,
          priceMinor: variants.priceMinor,
          currency: variants.currency,
          weightG: variants.weightG,
          lengthMm: variants.lengthMm,
          widthMm: variants.widthMm,
          heightMm: variants.heightMm,
          hsCode: products.hsCode,
          originCountry: products.originCountry,
          titles: sql<Record<string, string> | null>`(select json_object_agg(${productTranslations.locale}, ${productTranslations.title}) from ${productTranslations} where ${productTranslations.productId} = ${products.id})`,
          material: products.material,
          categories: products.categories,
          tags: products.tags,
          texts: goodsTexts,
        })
        .from(variants)
        .innerJoin(products, eq(products.id, variants.productId))
        .where(where);
      return found.map((v) => ({ ...v, titles: v.titles ?? {}, texts: v.texts ?? [] }));
    },

    /** on_hand - reserved per variant and warehouse, for these variants in these warehouses. */
    async available(variantIds: readonly string[], warehouseIds: readonly string[]): Promise<Array<{ variantId: string; warehouseId: string; available: number }>> {
      if (variantIds.length === 0 || warehouseIds.length === 0) return [];
      return orm
        .select({ variantId: stockLevels.variantId, warehouseId: stockLevels.warehouseId, available: sql<number>`(${stockLevels.onHand} - ${stockLevels.reserved})::int` })
        .from(stockLevels)
        .where(and(inArray(stockLevels.variantId, [...variantIds]), inArray(stockLevels.warehouseId, [...warehouseIds])));
    },

    async discountCode(code: string): Promise<DiscountCodeRow | undefined> {
      const [row] = await orm.select().from(discountCodes).where(eq(discountCodes.code, code));
      return row;
    },

    async listDiscountCodes(): Promise<DiscountCodeRow[]> {
      return orm.select().from(discountCodes).orderBy(asc(discountCodes.code));
    },

    async putDiscountCode(row: Omit<DiscountCodeRow, 'redemptions' | 'createdAt' | 'updatedAt'>, at: Date): Promise<DiscountCodeRow> {
      const { code, ...rest } = row;
      const [saved] = await orm
        .insert(discountCodes)
        .values({ ...row, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({ target: discountCodes.code, set: { ...rest, updatedAt: at } })
        .returning();
      return saved!;
    },

    /** Count one order against a code, only while it is under its maximum. */
    async redeemDiscountCode(code: string, at: Date): Promise<boolean> {
      const changed = await orm
        .update(discountCodes)
        .set({ redemptions: sql`${discountCodes.redemptions} + 1`, updatedAt: at })
        .where(and(eq(discountCodes.code, code), sql`(${discountCodes.maxRedemptions} is null or ${discountCodes.redemptions} < ${discountCodes.maxRedemptions})`))
        .returning({ code: discountCodes.code });
      return changed.length === 1;
    },
  };
}
