import { ConfigError } from './config/app-config';

/**
 * Ends the process with a one-paragraph message for the failures a person can fix (bad config,
 * unreachable database), and a stack trace only for real bugs.
 */
export function exitOnStartupError(service: string, error: unknown): never {
  if (error instanceof ConfigError || (error as { startupHint?: boolean })?.startupHint) {
    process.stderr.write(`\n[${service}] cannot start: ${(error as Error).message}\n\n`);
  } else {
    process.stderr.write(`\n[${service}] cannot start: ${(error as Error)?.stack ?? String(error)}\n\n`);
  }
  process.exit(1);
}

/** An error whose message is written for the person starting the service, not a developer. */
export class StartupError extends Error {
  readonly startupHint = true;
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/**
 * Graceful shutdown: on SIGTERM or SIGINT, close the application (HTTP server stops accepting,
 * running jobs finish, pools close) and exit 0; exit 1 if that takes longer than `timeoutMs`.
 */
export function shutdownOnSignals(app: { close(): Promise<void> }, service: string, timeoutMs = 25_000): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`[${service}] ${signal} received, shutting down\n`);
    const force = setTimeout(() => {
      process.stderr.write(`[${service}] shutdown took longer than ${timeoutMs} ms, exiting\n`);
      process.exit(1);
    }, timeoutMs);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`[${service}] error while shutting down: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
