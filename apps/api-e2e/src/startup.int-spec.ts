import { join } from 'node:path';
import { freePort, ROOT, runToExit, spawnNode, startApi, waitFor } from '@xinzhi/testing';

describe('start-up and shutdown', () => {
  it('exits non-zero with a message naming the database when DATABASE_URL points at a closed port', async () => {
    const closed = await freePort();
    const { code, output } = await runToExit('api', 'main.js', { DATABASE_URL: `postgres://xinzhi_app:secret@127.0.0.1:${closed}/xinzhi` });
    expect(code).not.toBe(0);
    expect(output).toContain('cannot connect to the PostgreSQL database');
    expect(output).toContain('DATABASE_URL');
    expect(output).toContain(`127.0.0.1:${closed}`);
    expect(output).not.toContain('secret');
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m); // no stack trace
  });

  it('names every malformed variable and stops', async () => {
    const { code, output } = await runToExit('worker', 'main.js', { PORT: 'eighty', REDIS_URL: 'http://nope' });
    expect(code).not.toBe(0);
    expect(output).toContain('PORT must be an integer');
    expect(output).toContain('REDIS_URL must start with redis://');
  });

  it('warns at start-up when production has no PUBLIC_URL (invitation links would point at localhost), and not when it has one', async () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    const bare = await startApi(production);
    await waitFor(() => bare.output().includes('PUBLIC_URL is not set') || null, 10_000, 'the PUBLIC_URL warning');
    await bare.stop('SIGTERM');
    const set = await startApi({ ...production, PUBLIC_URL: 'https://xinzhi.example.cn' });
    await waitFor(() => set.output().includes('Xinzhi is running') || null, 10_000, 'the start-up line');
    expect(set.output()).not.toContain('PUBLIC_URL');
    await set.stop('SIGTERM');
  });

  it('shuts down gracefully on SIGTERM', async () => {
    const api = await startApi();
    const { code } = await api.stop('SIGTERM');
    expect(code).toBe(0);
  });

  it('the worker shuts down gracefully on SIGTERM', async () => {
    const worker = spawnNode('worker', join(ROOT, 'dist/apps/worker/main.js'));
    await waitFor(() => worker.output().includes('Xinzhi worker running') || !worker.running, 30_000, 'the worker');
    const { code } = await worker.stop('SIGTERM');
    expect(code).toBe(0);
  });
});
