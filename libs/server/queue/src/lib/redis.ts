import IORedis, { Redis, RedisOptions } from 'ioredis';

export type RedisRole = 'producer' | 'consumer' | 'probe';

/**
 * Connections by role. Consumers block on Redis and must retry forever (BullMQ requires
 * `maxRetriesPerRequest: null`); producers and the health probe fail fast instead of queueing
 * commands while Redis is away, so a request never hangs on Redis.
 */
export function createRedis(url: string, role: RedisRole, name: string): Redis {
  const common: RedisOptions = {
    connectionName: `xinzhi-${name}-${role}`,
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
  const byRole: Record<RedisRole, RedisOptions> = {
    consumer: { maxRetriesPerRequest: null, enableOfflineQueue: true },
    producer: { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 },
    probe: { maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 1000 },
  };
  const client = new IORedis(url, { ...common, ...byRole[role] });
  // Errors are reported through health checks and job retries; without a listener ioredis would log each one.
  client.on('error', () => undefined);
  return client;
}
