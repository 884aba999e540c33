import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { exitOnStartupError, loadConfig, redactUrl, StartupError } from '@xinzhi/server-core';
import { compareTables, readCatalog, renderTables } from '@xinzhi/server-db';

/** Where the schema types are committed, from the repository root. */
const TABLES_FILE = 'libs/server/db/src/schema/tables.generated.ts';

/**
 * `node dist/apps/api/db-types.js [--check] [file]`: reads the catalog of the migrated database at
 * DATABASE_OWNER_URL and writes the schema types to `file` (default: the committed one). With
 * `--check` it writes nothing, lists what differs and exits 1 when the file is out of date.
 * `npm run db:types` migrates a scratch database first and then runs this.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const file = resolve(args.find((a) => !a.startsWith('--')) ?? TABLES_FILE);
  const config = loadConfig();
  const client = new Client({ connectionString: config.databaseOwnerUrl, application_name: 'xinzhi-db-types' });
  let fresh: string;
  try {
    await client.connect();
    fresh = renderTables(await readCatalog(async (sql) => (await client.query(sql)).rows));
  } catch (error) {
    throw new StartupError(
      `cannot read the catalog of ${redactUrl(config.databaseOwnerUrl)} (DATABASE_OWNER_URL): ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  if (!check) {
    writeFileSync(file, fresh);
    process.stdout.write(`[db-types] wrote ${file}\n`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    committed = '';
  }
  const differences = compareTables(committed, fresh);
  if (!differences.length) {
    process.stdout.write(`[db-types] ${file} matches the database\n`);
    return;
  }
  process.stdout.write(
    `[db-types] ${file} does not match the database (run \`npm run db:types\`):\n${differences.map((d) => `  ${d}\n`).join('')}`,
  );
  process.exitCode = 1;
}

main().catch((error) => exitOnStartupError('db-types', error));
