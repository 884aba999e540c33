import 'reflect-metadata';
import { exitOnStartupError, loadConfig, redactUrl, StartupError } from '@xinzhi/server-core';
import { publishBundledFrameworks } from '@xinzhi/server-assessment';
import { migrate } from '@xinzhi/server-db';

/**
 * `node dist/apps/api/migrate.js`: applies pending migrations as the owner role, then publishes the
 * assessment framework versions bundled with this release that are not published yet (and stops
 * if a published version's document was changed: a correction is a new version).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const appRole = decodeURIComponent(new URL(config.databaseUrl).username);
  try {
    const applied = await migrate({
      ownerUrl: config.databaseOwnerUrl,
      appRole,
      timeZone: config.appTimeZone,
      log: (line) => process.stdout.write(`[migrate] ${line}\n`),
      afterMigrations: async (m) => {
        const { published } = await publishBundledFrameworks(m);
        for (const label of published) process.stdout.write(`[migrate] published assessment framework ${label}\n`);
      },
    });
    process.stdout.write(`[migrate] ${applied.length ? `${applied.length} migration(s) applied` : 'schema is up to date'}\n`);
  } catch (error) {
    throw new StartupError(`migrations failed on ${redactUrl(config.databaseOwnerUrl)} (DATABASE_OWNER_URL): ${(error as Error).message}`);
  }
}

main().catch((error) => exitOnStartupError('migrate', error));
