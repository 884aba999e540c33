import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from '@xinzhi/shared-contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './problem';

/**
 * Sends every error as `application/problem+json`. A GET for an unknown path outside `/api` is
 * answered with the web app's index.html instead, so client-side routes survive a reload.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  constructor(private readonly spaIndexHtml: (() => string | null) | null = null) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const problem = toProblem(exception);

    if (problem.status === HttpStatus.NOT_FOUND && this.spaIndexHtml && this.isPageRequest(request)) {
      const html = this.spaIndexHtml();
      if (html) {
        void reply.status(200).header('content-type', 'text/html; charset=utf-8').send(html);
        return;
      }
    }
    if (problem.status >= 500) {
      this.logger.error({ err: exception, reqId: request.id }, 'request failed');
    }
    problem.instance = request.url;
    problem.requestId = String(request.id);
    if (problem.retryAfter) void reply.header('retry-after', String(problem.retryAfter));
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private isPageRequest(request: FastifyRequest): boolean {
    const path = request.url.split('?')[0];
    return (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path);
  }
}
