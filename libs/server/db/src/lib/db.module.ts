import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionRunner } from './transaction-runner';

/** Gives the application a connected DataSource (made by the entry point) and the TransactionRunner. */
@Global()
@Module({})
export class DbModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: DbModule,
      providers: [{ provide: DataSource, useValue: dataSource }, TransactionRunner],
      exports: [DataSource, TransactionRunner],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
