/**
 * The smallest interface over one database connection that the migrator and the health checks
 * need, implemented for PGlite and for a node-postgres client alike.
 */
export type SqlSession = {
  /** One statement with positional parameters ($1, $2, ...). */
  query<R extends Record<string, unknown> = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements separated by semicolons, no parameters. */
  exec(sql: string): Promise<void>;
};
