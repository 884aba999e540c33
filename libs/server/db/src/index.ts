export * from './lib/data-source';
export * from './lib/db.module';
export * from './lib/transaction-runner';
export * from './lib/db.data';
export * from './lib/sql';
export * from './lib/each-tenant';
export * from './lib/migrate';
export * from './schema';
export { MIGRATIONS } from './migrations';
