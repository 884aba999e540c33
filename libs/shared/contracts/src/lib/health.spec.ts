import { overallStatus, WORKER_STALE_AFTER_MS, workerState } from './health';

describe('health rules', () => {
  const now = new Date('2026-01-01T00:00:30Z');
  it('is degraded when either hard dependency is down', () => {
    expect(overallStatus({ status: 'up' }, { status: 'up' })).toBe('ok');
    expect(overallStatus({ status: 'up' }, { status: 'down' })).toBe('degraded');
    expect(overallStatus({ status: 'down' }, { status: 'up' })).toBe('degraded');
  });
  it('counts a worker as up only while its heartbeat is fresh', () => {
    expect(workerState(null, now)).toBe('down');
    expect(workerState(new Date(now.getTime() - WORKER_STALE_AFTER_MS), now)).toBe('up');
    expect(workerState(new Date(now.getTime() - WORKER_STALE_AFTER_MS - 1), now)).toBe('down');
  });
});
