import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { exitOnStartupError, loadConfig, shutdownOnSignals } from '@xinzhi/server-core';
import { connectDataSource } from '@xinzhi/server-db';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const dataSource = await connectDataSource({
    url: config.databaseUrl,
    poolSize: config.databasePoolSize,
    applicationName: 'xinzhi-worker',
    timeZone: config.appTimeZone,
  });
  const app = await NestFactory.createApplicationContext(WorkerModule.compose(config, dataSource), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  // SIGTERM/SIGINT close the BullMQ workers after their running jobs finish, then the pools.
  shutdownOnSignals(app, 'worker');
  // A plain readiness line for people and scripts, whatever the log level.
  process.stdout.write(`Xinzhi worker running (pid ${process.pid})\n`);
}

bootstrap().catch((error) => exitOnStartupError('worker', error));
