import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { hostname } from 'node:os';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

/** Accepts a caller's X-Request-Id when it looks sane, otherwise makes one. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  if (typeof given === 'string' && /^[A-Za-z0-9._-]{8,100}$/.test(given)) return given;
  return randomUUID();
}

/** The processes that write logs; every line names the one that wrote it (`"service":"worker"`). */
export type ServiceName = 'api' | 'worker';

/** Structured JSON logs (pino), one line per request with its request id, each naming its service. */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig, service: ServiceName): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            // On every line, not only request lines: the worker writes no request lines at all.
            base: { service, pid: process.pid, hostname: hostname() },
            genReqId: (req) => (req as IncomingMessage & { id?: string }).id ?? requestIdFor(req),
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/health') },
          },
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
