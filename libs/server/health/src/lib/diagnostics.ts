import { Controller, Get, HttpCode, Inject, Injectable, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { Job } from 'bullmq';
import { hostname } from 'node:os';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { PlatformOperator, ProblemException } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { JobHandler, JobProcessor, JobProducer, QueueNames, SystemJobs } from '@xinzhi/server-queue';
import { DiagnosticProbe } from '@xinzhi/shared-contracts';
import { DiagnosticProbeRow } from './entities';

const MAX_PROBES_PER_MINUTE = 120;

function toContract(row: DiagnosticProbeRow): DiagnosticProbe {
  return {
    id: row.id,
    state: row.processedAt ? 'processed' : 'queued',
    requestedAt: row.requestedAt.toISOString(),
    processedAt: row.processedAt?.toISOString() ?? null,
    processedBy: row.processedBy,
  };
}

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
    const recent = await this.dataSource.getRepository(DiagnosticProbeRow).count({ where: { requestedAt: MoreThan(new Date(Date.now() - 60_000)) } });
    if (recent >= MAX_PROBES_PER_MINUTE) {
      throw new ProblemException({ type: '/problems/too-many-requests', title: 'Too many requests', status: 429, detail: `At most ${MAX_PROBES_PER_MINUTE} probes a minute.` });
    }
    const row = await this.tx.run((m) => m.getRepository(DiagnosticProbeRow).save(m.getRepository(DiagnosticProbeRow).create({ requestedAt: new Date(), processedAt: null, processedBy: null })));
    try {
      await this.producer.enqueue(QueueNames.system, 'diagnostic-probe', { tenantId: null, probeId: row.id }, { jobId: `probe-${row.id}` });
    } catch (error) {
      throw ProblemException.unavailable(`The probe was stored but could not be queued: Redis is unreachable (${(error as Error).message}).`);
    }
    return toContract(row);
  }

  async get(id: string): Promise<DiagnosticProbe> {
    const row = await this.dataSource.getRepository(DiagnosticProbeRow).findOne({ where: { id } });
    if (!row) throw ProblemException.notFound('No probe with this id.');
    return toContract(row);
  }
}

@ApiTags('diagnostics')
@Controller('diagnostics/probes')
export class DiagnosticsController {
  constructor(private readonly diagnostics: DiagnosticsService) {}

  @Post()
  @HttpCode(202)
  @PlatformOperator()
  @ApiAcceptedResponse({ description: 'The probe is stored and queued for the worker' })
  create(): Promise<DiagnosticProbe> {
    return this.diagnostics.request();
  }

  @Get(':id')
  @PlatformOperator()
  get(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => ProblemException.notFound('No probe with this id.') })) id: string): Promise<DiagnosticProbe> {
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
    await this.tx.run((m) =>
      m.getRepository(DiagnosticProbeRow).update({ id: job.data.probeId, processedAt: IsNull() }, { processedAt: new Date(), processedBy: this.instance }),
    );
  }
}
