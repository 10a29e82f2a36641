import { loadConfig, type Config } from '../config/load-config.js';
import { fail, ok, type Result } from '../core/result/result.js';
import { createDb, type Database } from '../db/create-db.js';
import { migrate } from '../db/migrate.js';
import { createDeps, type Deps } from '../services/deps.js';
import type { CliIo } from './io.js';
import { VERSION } from './version.js';

export type Runtime = {
  config: Config;
  deps: Deps;
  /** The base URL links and the built-in payment gateway use, once the server knows its address (PORT=0). */
  setPublicUrl(url: string): void;
  close(): Promise<void>;
};

/**
 * The composition root shared by commands: configuration from the environment, the database it
 * names (PGlite in the data folder unless DATABASE_URL is set), migrations applied, services wired.
 */
export async function openRuntime(
  io: CliIo,
  options: { onMigration?: (tag: string) => void } = {},
): Promise<Result<Runtime, string>> {
  const config = loadConfig(io.env, io.cwd);
  if (!config.ok) return fail(config.code, `invalid configuration: ${config.message}`, config.field ? { field: config.field } : {});
  const opened = await createDb(
    config.value.databaseUrl ? { kind: 'postgres', url: config.value.databaseUrl, poolSize: config.value.dbPoolSize } : { kind: 'pglite', dataDir: config.value.dataDir },
  );
  if (!opened.ok) return opened;
  const database: Database = opened.value;
  const migrated = await migrate(database, options.onMigration ? { onApplied: options.onMigration } : {});
  if (!migrated.ok) {
    await database.close();
    return migrated;
  }
  const c = config.value;
  let publicUrl = c.publicUrl;
  const deps = createDeps(database, {
    version: VERSION,
    countryHeader: c.countryHeader,
    hsAbstainBelow: c.hsAbstainBelow,
    reservationTtlMinutes: c.reservationTtlMinutes,
    referenceCacheMs: c.referenceCacheMs,
    payments: {
      publicUrl: () => publicUrl,
      ...(c.testGateway.url ? { testGatewayUrl: c.testGateway.url } : {}),
      ...(c.testGateway.webhookUrl ? { testGatewayWebhookUrl: c.testGateway.webhookUrl } : {}),
      testGatewayKey: c.testGateway.key,
      testGatewayWebhookSecret: c.testGateway.webhookSecret,
      defaultProvider: c.payments.provider,
      stripe: c.payments.stripe,
    },
    carriers: {
      publicUrl: () => publicUrl,
      defaultAdapter: c.carriers.defaultAdapter,
      adapterByService: c.carriers.adapterByService,
      ...(c.carriers.testCarrierWebhookSecret ? { testCarrierWebhookSecret: c.carriers.testCarrierWebhookSecret } : {}),
      ...(c.carriers.testCarrierWebhookUrl ? { testCarrierWebhookUrl: c.carriers.testCarrierWebhookUrl } : {}),
      easypost: c.easypost,
    },
  });
  return ok({ config: c, deps, setPublicUrl: (url) => (publicUrl = url), close: () => database.close() });
}
