import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from './audit';
import { TransactionRunner } from './transaction-runner';

/** Gives the application a connected DataSource (made by the entry point), the TransactionRunner and the tenant's AuditLog. */
@Global()
@Module({})
export class DbModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: DbModule,
      providers: [{ provide: DataSource, useValue: dataSource }, TransactionRunner, AuditLog],
      exports: [DataSource, TransactionRunner, AuditLog],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
