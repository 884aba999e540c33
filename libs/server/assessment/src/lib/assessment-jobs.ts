import { Injectable, Module } from '@nestjs/common';
import { Job } from 'bullmq';
import { EntityManager } from 'typeorm';
import { TransactionRunner } from '@xinzhi/server-db';
import {
  AssessmentJobs,
  CATCH_UP_PRIORITY,
  CATCH_UP_SWEEP_EVERY_MS,
  JobHandler,
  JobProcessor,
  JobProducer,
  LiveEventPublisher,
  QueueNames,
  scoreSweepJobId,
  tenantSummaryJobId,
} from '@xinzhi/server-queue';
import { AssessmentResult } from '@xinzhi/shared-contracts';
import { scoringInput, unscoredAssessments, writeResult } from './assessment.data';
import { frameworkDefinition } from './frameworks';
import { scoreAssessment } from './scoring';

/**
 * Scores a submitted (or re-scores a scored) assessment in the caller's transaction: its answers
 * against the framework version it was taken with, through the same pure `scoreAssessment` the
 * demo uses. Returns null when there is nothing to score (a draft, or no such assessment here).
 * Idempotent: the same answers give the same result, written over the same row.
 */
export async function scoreStoredAssessment(m: EntityManager, assessmentId: string, at?: Date): Promise<AssessmentResult | null> {
  const input = await scoringInput(m, assessmentId);
  if (!input) return null;
  const def = await frameworkDefinition(m, input.frameworkId);
  if (!def) throw new Error(`framework ${input.frameworkId} of assessment ${assessmentId} is missing`);
  const result = scoreAssessment(def, { items: input.items, scenes: input.scenes });
  await writeResult(m, assessmentId, result, at);
  return result;
}

/**
 * `assessment/score-assessment`, queued on submit: scores the assessment in the tenant's context
 * (the consumer host entered it from the payload), then tells the tenant's open pages.
 */
@Injectable()
@JobProcessor(QueueNames.assessment, 'score-assessment')
export class ScoreAssessmentHandler implements JobHandler<AssessmentJobs['score-assessment']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly events: LiveEventPublisher,
    private readonly producer: JobProducer,
  ) {}

  async handle(
    job: Job<AssessmentJobs['score-assessment']>,
  ): Promise<{ scored: boolean; level: number | null; totalPoints: number | null }> {
    const { tenantId, assessmentId } = job.data;
    const result = await this.tx.run((m) => scoreStoredAssessment(m, assessmentId));
    if (result) {
      // The park's rollup shows the latest scored assessment (best effort: the park's sweep catches up).
      await this.producer
        .enqueue(
          QueueNames.park,
          'refresh-tenant-summary',
          { tenantId },
          { jobId: tenantSummaryJobId(tenantId), removeOnComplete: true, removeOnFail: 100 },
        )
        .catch(() => undefined);
      await this.events.publish(tenantId, { type: 'assessment', assessmentId, at: new Date().toISOString() });
    }
    return { scored: result !== null, level: result?.level ?? null, totalPoints: result?.totalPoints ?? null };
  }
}

/**
 * `assessment/sweep-unscored-assessments`: submitted assessments whose scoring job was lost (Redis
 * away at submit, a job dropped) are queued again at the catch-up priority. A job scheduler runs it
 * every two seconds, once for the whole cluster; a failed run is not retried (the next is near).
 */
@Injectable()
@JobProcessor(QueueNames.assessment, 'sweep-unscored-assessments', {
  schedule: {
    id: 'assessment-sweep',
    every: CATCH_UP_SWEEP_EVERY_MS,
    data: { tenantId: null },
    priority: CATCH_UP_PRIORITY,
    attempts: 1,
    keepCompleted: 100,
  },
})
export class UnscoredAssessmentSweep implements JobHandler<AssessmentJobs['sweep-unscored-assessments']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly producer: JobProducer,
  ) {}

  async handle(): Promise<{ queued: number }> {
    const due = await this.tx.run((m) => unscoredAssessments(m));
    for (const row of due) {
      await this.producer.enqueue(
        QueueNames.assessment,
        'score-assessment',
        { tenantId: row.tenant_id, assessmentId: row.assessment_id },
        { jobId: scoreSweepJobId(row.assessment_id), removeOnComplete: true, removeOnFail: 100, priority: CATCH_UP_PRIORITY },
      );
    }
    return { queued: due.length };
  }
}

/** The worker side of assessments: scoring and its catch-up sweep (both `@JobProcessor`s). */
@Module({
  providers: [ScoreAssessmentHandler, UnscoredAssessmentSweep, JobProducer, LiveEventPublisher],
})
export class AssessmentJobsModule {}
