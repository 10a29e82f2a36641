import pg from 'pg';

/** A new, empty PostgreSQL database next to the one `url` names, for one benchmark run; `drop` removes it. */
export async function scratchDatabase(url: string, label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `landfall_bench_${label}_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}
