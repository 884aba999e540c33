import { DynamicModule, Global, Inject, Module } from '@nestjs/common';
import { Clock } from '../calendar/clock';
import { AppConfig } from './app-config';

export const APP_CONFIG = Symbol('APP_CONFIG');
/** Injects the validated configuration: `constructor(@InjectConfig() config: AppConfig)`. */
export const InjectConfig = () => Inject(APP_CONFIG);

@Global()
@Module({})
export class ConfigModule {
  /**
   * The config is loaded by the entry point (so failures stop start-up early) and handed in here,
   * with the process's one business clock (injected as `Clock`).
   */
  static forRoot(config: AppConfig): DynamicModule {
    const clock = Clock.fromConfig(config);
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
