import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { redactUrl, StartupError } from '@xinzhi/server-core';
import { MIGRATIONS } from '../migrations';

// Calendar dates stay `YYYY-MM-DD` strings: turning them into Date objects would shift them by the
// server's time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  applicationName: string;
  /** The business calendar's zone (APP_TIME_ZONE), set as `TimeZone` on every connection. */
  timeZone: string;
}

/**
 * TypeORM options shared by the API, the worker and the migration runner: the pool, transactions and
 * migrations only — no entities (the features' SQL is in their data files), never synchronize.
 */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: [],
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    applicationName: settings.applicationName,
    poolSize: settings.poolSize ?? 10,
    connectTimeoutMS: 5000,
    // Every session reads dates and timestamps in the business calendar's zone (`completed_at::date`,
    // a day's end in the history replay), not the server's. "Today" itself comes from the Clock as a
    // parameter, never from `current_date`.
    extra: { idleTimeoutMillis: 30000, options: `-c TimeZone=${settings.timeZone}` },
  };
}

/**
 * Connects, or throws a StartupError naming the database and the variable to fix, so a wrong
 * DATABASE_URL ends start-up with one readable line instead of a stack trace.
 */
export async function connectDataSource(settings: DataSourceSettings, variable = 'DATABASE_URL'): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(settings));
  try {
    await dataSource.initialize();
    await dataSource.query('SELECT 1');
    return dataSource;
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    const reason = (error as Error).message || String(error);
    throw new StartupError(
      `cannot connect to the PostgreSQL database at ${redactUrl(settings.url)} (${variable}): ${reason}. ` +
        'Check that PostgreSQL is running and the URL is right; `npm run services` starts the local one.',
    );
  }
}
