import { Module } from '@nestjs/common';
import { JobProducer } from '@xinzhi/server-queue';
import { AssessmentController } from './assessment.controller';
import { AssessmentService } from './assessment.service';

/** Frameworks, assessments, their answers, assignments, submission and comparison. */
@Module({
  controllers: [AssessmentController],
  providers: [AssessmentService, JobProducer],
})
export class AssessmentHttpModule {}
