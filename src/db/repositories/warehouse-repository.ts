import { asc, eq } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { warehouses } from '../schema/index.js';

export type WarehouseRow = typeof warehouses.$inferSelect;
export type WarehouseWrite = Omit<typeof warehouses.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export type WarehouseRepository = ReturnType<typeof createWarehouseRepository>;

export function createWarehouseRepository(orm: Orm) {
  return {
    async list(): Promise<WarehouseRow[]> {
      return orm.select().from(warehouses).orderBy(asc(warehouses.position), asc(warehouses.code));
    },

    async getByCode(code: string): Promise<WarehouseRow | undefined> {
      const [row] = await orm.select().from(warehouses).where(eq(warehouses.code, code));
      return row;
    },

    /** Create or replace a warehouse by its code; its id stays. */
    async upsert(row: WarehouseWrite, at: Date): Promise<WarehouseRow> {
      const { code: _code, ...rest } = row;
      const [saved] = await orm
        .insert(warehouses)
        .values({ ...row, updatedAt: at })
        .onConflictDoUpdate({ target: warehouses.code, set: { ...rest, updatedAt: at } })
        .returning();
      return saved!;
    },
  };
}
