import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, InjectConfig } from '@xinzhi/server-core';
import { createRedis } from '@xinzhi/server-queue';
import { DependencyHealth, HealthResponse, overallStatus, workerState } from '@xinzhi/shared-contracts';
import { Heartbeat, latestHeartbeat } from './health.data';

const PROBE_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

async function probe(what: string, check: () => Promise<unknown>): Promise<DependencyHealth> {
  const started = performance.now();
  try {
    await withTimeout(check(), what);
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { status: 'down', error: (error as Error).message || `${what} is unreachable` };
  }
}

/** Checks PostgreSQL, Redis and the worker's heartbeat, each on its own, never throwing. */
@Injectable()
export class HealthService implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    this.redis = createRedis(config.redisUrl, 'probe', 'api-health');
  }

  async check(): Promise<HealthResponse> {
    const now = new Date();
    let lastBeat: Heartbeat | null = null;
    const [database, redis] = await Promise.all([
      probe('PostgreSQL', async () => {
        // Heartbeats are platform rows (no tenant), so reading them needs no tenant context.
        lastBeat = await latestHeartbeat(this.dataSource.manager);
      }),
      probe('Redis', () => this.redis.ping()),
    ]);
    const beat = lastBeat as Heartbeat | null;
    return {
      status: overallStatus(database, redis),
      version: this.config.version,
      checkedAt: now.toISOString(),
      database,
      redis,
      worker: {
        status: workerState(beat?.beatAt ?? null, now),
        lastHeartbeatAt: beat?.beatAt.toISOString() ?? null,
        instance: beat?.instance ?? null,
      },
    };
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
