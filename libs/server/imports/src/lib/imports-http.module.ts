import { Module } from '@nestjs/common';
import { JobProducer } from '@xinzhi/server-queue';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

/** Excel imports: uploads, their status, apply, the error report and the templates. */
@Module({ controllers: [ImportsController], providers: [ImportsService, JobProducer] })
export class ImportsHttpModule {}
