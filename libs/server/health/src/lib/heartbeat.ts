import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { hostname } from 'node:os';
import { RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { JobHandler, QueueNames, QueueRegistry, SystemJobs } from '@xinzhi/server-queue';
import { WORKER_HEARTBEAT_INTERVAL_MS } from '@xinzhi/shared-contracts';
import { recordHeartbeat } from './health.data';

/**
 * The worker's liveness: a job scheduler enqueues `heartbeat` every few seconds and whichever worker
 * takes it records that it ran. `/api/health` reads the newest row.
 */
@Injectable()
export class HeartbeatHandler implements JobHandler<SystemJobs['heartbeat']>, OnApplicationBootstrap {
  readonly queue = QueueNames.system;
  readonly jobName = 'heartbeat';
  private readonly logger = new Logger('Heartbeat');
  private readonly startedAt = new Date();
  private readonly instance = `${hostname()}:${process.pid}`;

  constructor(private readonly tx: TransactionRunner, private readonly queues: QueueRegistry) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.queues.get(QueueNames.system).upsertJobScheduler('heartbeat', { every: WORKER_HEARTBEAT_INTERVAL_MS }, {
        name: 'heartbeat',
        data: { tenantId: null },
        opts: { removeOnComplete: 10, removeOnFail: 10, attempts: 1 },
      });
    } catch (error) {
      // Redis may be down at start; the scheduler is kept in Redis, so the next start registers it.
      this.logger.warn(`could not register the heartbeat scheduler yet: ${(error as Error).message}`);
    }
    await this.beat().catch((error) => this.logger.warn(`first heartbeat failed: ${(error as Error).message}`));
  }

  async handle(): Promise<void> {
    await this.beat();
  }

  private beat(): Promise<void> {
    return this.tx.runAs(RequestContext.system('heartbeat'), (m) =>
      recordHeartbeat(m, { instance: this.instance, host: hostname(), pid: process.pid, startedAt: this.startedAt }),
    );
  }
}
