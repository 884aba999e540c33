import { Foundation1764201600000 } from './1764201600000-foundation';

/** Every migration, in order. The only place the schema changes (never `synchronize`). */
export const MIGRATIONS = [Foundation1764201600000];
