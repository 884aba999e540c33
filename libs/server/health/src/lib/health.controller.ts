import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public, Responds } from '@xinzhi/server-core';
import { HealthResponse, HealthResponseSchema } from '@xinzhi/shared-contracts';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 when PostgreSQL and Redis answer, 503 naming what is down; the worker's liveness is reported too. */
  @Get()
  @Public()
  @Responds(HealthResponseSchema, 200, 'Database and Redis are up')
  @Responds(HealthResponseSchema, 503, 'Database or Redis is down; the same body says which')
  async get(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const result = await this.health.check();
    void reply.status(result.status === 'ok' ? 200 : 503).header('cache-control', 'no-store');
    return result;
  }
}
