import 'reflect-metadata';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from 'nestjs-pino';
import {
  configWarnings,
  exitOnStartupError,
  loadConfig,
  shutdownOnSignals,
  ProblemFilter,
  registerRequestContext,
  requestIdFor,
} from '@xinzhi/server-core';
import { connectDataSource } from '@xinzhi/server-db';
import { ApiModule } from './app.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const dataSource = await connectDataSource({
    url: config.databaseUrl,
    poolSize: config.databasePoolSize,
    applicationName: 'xinzhi-api',
    timeZone: config.appTimeZone,
  });

  const adapter = new FastifyAdapter({
    genReqId: requestIdFor,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.compose(config, dataSource), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  for (const warning of configWarnings(config)) app.get(Logger).warn(warning);
  app.setGlobalPrefix('api');
  registerRequestContext(app.getHttpAdapter().getInstance());

  await app.register(cookie);
  // Uploads (Excel imports): one file per request; the imports route turns a larger file into a 413 problem.
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 10 } });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });

  // The built web app is served by the same process, so one origin serves everything.
  const webDist = config.webDist || join(__dirname, '..', 'web', 'browser');
  const indexPath = join(webDist, 'index.html');
  let indexHtml: string | null = null;
  const spaIndex = () => (indexHtml ??= existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : null);
  app.useGlobalFilters(new ProblemFilter(spaIndex));
  if (existsSync(indexPath)) {
    app.useStaticAssets({
      root: webDist,
      prefix: '/',
      wildcard: false,
      // @fastify/static 10 hands over the Fastify reply (older versions the raw response).
      setHeaders: (res: unknown, path: string) => {
        const value = path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable';
        const target = res as { header?: (k: string, v: string) => void; setHeader?: (k: string, v: string) => void };
        if (target.header) target.header('cache-control', value);
        else target.setHeader?.('cache-control', value);
      },
    });
  } else {
    app.get(Logger).warn(`web app not found at ${webDist}; serving the API only (build it with "npx nx build web")`);
  }

  const openApi = new DocumentBuilder()
    .setTitle('Xinzhi API')
    .setDescription(
      '新质 — digital transformation projects for SMEs and their industrial parks. Errors are application/problem+json (RFC 9457).',
    )
    .setVersion(config.version)
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'api/docs-json' });

  await app.listen(config.port, config.host);
  shutdownOnSignals(app, 'api');
  process.stdout.write(`Xinzhi is running at http://localhost:${config.port} (API docs: http://localhost:${config.port}/api/docs)\n`);
}

bootstrap().catch((error) => exitOnStartupError('api', error));
