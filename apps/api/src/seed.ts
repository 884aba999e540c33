import 'reflect-metadata';
import { exitOnStartupError, loadConfig } from '@xinzhi/server-core';
import { connectDataSource, TransactionRunner } from '@xinzhi/server-db';
import { seedDemoIdentity } from '@xinzhi/server-identity';
import { ENTITIES } from './entities';

/** `node dist/apps/api/seed.js`: loads the demo park (idempotent; `npm start` runs it on every start). */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => process.stdout.write(`[seed] ${line}\n`);
  const owner = await connectDataSource({ url: config.databaseOwnerUrl, applicationName: 'xinzhi-seed-owner', poolSize: 1 }, 'DATABASE_OWNER_URL');
  const app = await connectDataSource({ url: config.databaseUrl, entities: ENTITIES, applicationName: 'xinzhi-seed', poolSize: 2 });
  try {
    await seedDemoIdentity(owner, new TransactionRunner(app), log);
  } finally {
    await Promise.all([owner.destroy(), app.destroy()]);
  }
}

main().catch((error) => exitOnStartupError('seed', error));
