import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { hostname } from 'node:os';
import { RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { JobHandler, JobProcessor, QueueNames, SystemJobs } from '@xinzhi/server-queue';
import { WORKER_HEARTBEAT_INTERVAL_MS } from '@xinzhi/shared-contracts';
import { recordHeartbeat } from './health.data';

/**
 * The worker's liveness: a job scheduler enqueues `heartbeat` every few seconds and whichever worker
 * takes it records that it ran. `/api/health` reads the newest row. Each worker also beats once when
 * it starts.
 */
@Injectable()
@JobProcessor(QueueNames.system, 'heartbeat', {
  schedule: { id: 'heartbeat', every: WORKER_HEARTBEAT_INTERVAL_MS, data: { tenantId: null }, attempts: 1, keepCompleted: 10 },
})
export class HeartbeatHandler implements JobHandler<SystemJobs['heartbeat']>, OnApplicationBootstrap {
  private readonly logger = new Logger('Heartbeat');
  private readonly startedAt = new Date();
  private readonly instance = `${hostname()}:${process.pid}`;

  constructor(private readonly tx: TransactionRunner) {}

  async onApplicationBootstrap(): Promise<void> {
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
