import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { HealthResponse, HealthResponseSchema } from '@xinzhi/shared-contracts';
import { ApiProcess, call, freePort, signIn, startApi, waitFor } from '@xinzhi/testing';

/** A private Redis server for this suite, so stopping it disturbs nothing else. */
async function startRedis(port: number): Promise<void> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes'],
    { stdio: 'ignore' },
  );
  await new Promise((resolve) => child.once('exit', resolve));
}

async function stopRedis(port: number): Promise<void> {
  await new Promise((resolve) => spawn('redis-cli', ['-p', String(port), 'shutdown', 'nosave'], { stdio: 'ignore' }).once('exit', resolve));
}

/** Whether something still accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function health(api: ApiProcess): Promise<{ status: number; body: HealthResponse }> {
  const res = await fetch(`${api.url}/api/health`);
  return { status: res.status, body: (await res.json()) as HealthResponse };
}

describe('health when Redis goes away', () => {
  let port: number;
  let api: ApiProcess;

  beforeAll(async () => {
    port = await freePort();
    await startRedis(port);
    api = await startApi({ REDIS_URL: `redis://127.0.0.1:${port}` });
  });

  afterAll(async () => {
    await api?.stop();
    await stopRedis(port);
  });

  it('answers 503 naming Redis once Redis has stopped, with the documented body, and 200 again when it returns', async () => {
    await waitFor(async () => (await health(api)).body.redis.status === 'up', 10_000, 'Redis to be up');
    const session = await signIn(api.url, 'owner@acme.xinzhi.test');

    await stopRedis(port);
    await waitFor(async () => !(await listening(port)), 10_000, 'the Redis server to be gone');
    // Waits on the state, not the clock: how soon it shows is the probe's timeout, not this test's.
    const down = await waitFor(
      async () => {
        const h = await health(api);
        return h.status === 503 ? h : null;
      },
      15_000,
      'a 503 after Redis stopped',
    );
    expect(HealthResponseSchema.safeParse(down.body).error?.issues ?? []).toEqual([]);
    expect(down.body.status).toBe('degraded');
    expect(down.body.redis.status).toBe('down');
    expect(down.body.redis.error).toBeTruthy();
    expect(down.body.database.status).toBe('up');
    // Signed-in people keep working: the revocation check cannot ask Redis and lets valid tokens through.
    expect((await call(api.url, 'GET', '/api/me', { token: session.accessToken })).status).toBe(200);

    await startRedis(port);
    const back = await waitFor(
      async () => {
        const h = await health(api);
        return h.status === 200 ? h : null;
      },
      15_000,
      'health to recover',
    );
    expect(back.body.redis.status).toBe('up');
  });
});
