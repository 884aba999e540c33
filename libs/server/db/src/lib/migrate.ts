import { DataSource, EntityManager } from 'typeorm';
import { dataSourceOptions } from './data-source';

export interface MigrateOptions {
  /** Owner role's connection (DATABASE_OWNER_URL). */
  ownerUrl: string;
  /** The application role that gets table privileges but owns nothing (user of DATABASE_URL). */
  appRole: string;
  /** The business calendar's zone (APP_TIME_ZONE) for the session. */
  timeZone: string;
  log?: (line: string) => void;
  /**
   * Work that belongs to the schema step but is data, not schema — publishing the bundled
   * reference documents — run after the migrations in one transaction as the owner role. It
   * throwing fails the step (its transaction is rolled back; the migrations stay applied).
   */
  afterMigrations?: (m: EntityManager) => Promise<void>;
}

/** Applies pending migrations as the owner role. Safe to run on every start. */
export async function migrate(options: MigrateOptions): Promise<string[]> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.appRole)) throw new Error(`Invalid application role name "${options.appRole}"`);
  const dataSource = new DataSource({
    ...dataSourceOptions({ url: options.ownerUrl, applicationName: 'xinzhi-migrate', poolSize: 1, timeZone: options.timeZone }),
  });
  await dataSource.initialize();
  try {
    // Migrations read the application role's name from this session setting to grant it privileges.
    await dataSource.query(`SELECT set_config('xinzhi.app_role', $1, false)`, [options.appRole]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of applied) options.log?.(`applied ${m.name}`);
    const after = options.afterMigrations;
    if (after) await dataSource.transaction((m) => after(m));
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
