import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, testEnv } from './env';
import { waitFor } from './wait';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A process started by a test, with its output kept for assertions and failure messages. */
export class RunningProcess {
  private out = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (d) => (this.out += String(d)));
    child.stderr?.on('data', (d) => (this.out += String(d)));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  output(): string {
    return this.out;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends `signal` and waits for the exit (SIGKILL after `graceMs`). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.running) return this.exited;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const result = await this.exited;
    clearTimeout(timer);
    return result;
  }
}

function built(app: 'api' | 'worker', entry = 'main.js'): string {
  const file = join(ROOT, 'dist', 'apps', app, entry);
  if (!existsSync(file)) throw new Error(`${file} is missing: build first (npx nx run-many -t build -p api worker web)`);
  return file;
}

/** Starts a built Node entry point with the test environment plus `env`. */
export function spawnNode(name: string, file: string, env: Record<string, string> = {}): RunningProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', file], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...testEnv(env) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new RunningProcess(name, child);
}

export interface ApiProcess extends RunningProcess {
  url: string;
}

/** Starts the built API on a free port and waits until it answers. */
export async function startApi(env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const proc = spawnNode('api', built('api'), { PORT: String(port), HOST: '127.0.0.1', ...env }) as ApiProcess;
  proc.url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (!proc.running) throw new Error(`api exited early:\n${proc.output()}`);
      const res = await fetch(`${proc.url}/api/health`).catch(() => null);
      return res !== null;
    },
    30_000,
    `the API on port ${port}`,
  );
  return proc;
}

/** Starts the built worker; `ready` waits until its first heartbeat is recorded by the given API. */
export async function startWorker(env: Record<string, string> = {}): Promise<RunningProcess> {
  const proc = spawnNode('worker', built('worker'), env);
  await waitFor(
    () => {
      if (!proc.running) throw new Error(`worker exited early:\n${proc.output()}`);
      return proc.output().includes('Xinzhi worker running') || null;
    },
    30_000,
    'the worker to start',
  );
  return proc;
}

/** Runs a built entry point to completion (e.g. migrate.js) and returns its exit code and output. */
export async function runToExit(
  app: 'api' | 'worker',
  entry: string,
  env: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<{ code: number | null; output: string }> {
  const proc = spawnNode(`${app}/${entry}`, built(app, entry), env);
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), timeoutMs);
  const { code } = await proc.exited;
  clearTimeout(timer);
  return { code, output: proc.output() };
}
