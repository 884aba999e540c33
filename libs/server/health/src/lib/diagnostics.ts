import { Controller, Get, HttpCode, Inject, Injectable, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Job } from 'bullmq';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { PlatformOperator, ProblemException, Responds, ValidParams } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { JobHandler, JobProcessor, JobProducer, QueueNames, SystemJobs } from '@xinzhi/server-queue';
import { DiagnosticProbe, DiagnosticProbeSchema, IdParams, IdParamsSchema } from '@xinzhi/shared-contracts';
import { countProbesSince, findProbe, insertProbe, markProbeProcessed } from './health.data';

const MAX_PROBES_PER_MINUTE = 120;

/**
 * Diagnostics probes prove the whole job path: the API stores a probe and enqueues a job; the worker
 * process marks it processed. Platform operators only.
 */
@Injectable()
export class DiagnosticsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly producer: JobProducer,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async request(): Promise<DiagnosticProbe> {
    const recent = await countProbesSince(this.dataSource.manager, new Date(Date.now() - 60_000));
    if (recent >= MAX_PROBES_PER_MINUTE) {
      throw new ProblemException({
        type: '/problems/too-many-requests',
        title: 'Too many requests',
        status: 429,
        detail: `At most ${MAX_PROBES_PER_MINUTE} probes a minute.`,
      });
    }
    const probe = await this.tx.run(insertProbe);
    try {
      await this.producer.enqueue(
        QueueNames.system,
        'diagnostic-probe',
        { tenantId: null, probeId: probe.id },
        { jobId: `probe-${probe.id}` },
      );
    } catch (error) {
      throw ProblemException.unavailable(
        `The probe was stored but could not be queued: Redis is unreachable (${(error as Error).message}).`,
      );
    }
    return probe;
  }

  async get(id: string): Promise<DiagnosticProbe> {
    const probe = await findProbe(this.dataSource.manager, id);
    if (!probe) throw ProblemException.notFound('No probe with this id.');
    return probe;
  }
}

@ApiTags('diagnostics')
@Controller('diagnostics/probes')
export class DiagnosticsController {
  constructor(private readonly diagnostics: DiagnosticsService) {}

  @Post()
  @HttpCode(202)
  @PlatformOperator()
  @Responds(DiagnosticProbeSchema, 202, 'The probe is stored and queued for the worker')
  create(): Promise<DiagnosticProbe> {
    return this.diagnostics.request();
  }

  @Get(':id')
  @PlatformOperator()
  @Responds(DiagnosticProbeSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<DiagnosticProbe> {
    return this.diagnostics.get(id);
  }
}

/** Worker side: marks a probe processed by this process (idempotent: a retried job changes nothing). */
@Injectable()
@JobProcessor(QueueNames.system, 'diagnostic-probe')
export class DiagnosticProbeHandler implements JobHandler<SystemJobs['diagnostic-probe']> {
  private readonly instance = `${hostname()}:${process.pid}`;

  constructor(private readonly tx: TransactionRunner) {}

  async handle(job: Job<SystemJobs['diagnostic-probe']>): Promise<void> {
    await this.tx.run((m) => markProbeProcessed(m, job.data.probeId, this.instance));
  }
}
