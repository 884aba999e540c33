import type { Redis } from 'ioredis';
import { loadConfig } from '@xinzhi/server-core';
import { REVOCATION_CHECK_TIMEOUT_MS, SessionRevocations } from './session-revocations';

const settings = { redisUrl: 'redis://unused', prefix: 'p', service: 'api' };

describe('SessionRevocations', () => {
  it('lists each revoked session once, for one access-token lifetime plus a minute', async () => {
    const set = jest.fn();
    const batch: { set: (...args: unknown[]) => unknown; exec: jest.Mock } = {
      set: (...args: unknown[]) => {
        set(...args);
        return batch;
      },
      exec: jest.fn().mockResolvedValue([]),
    };
    const redis = { multi: () => batch } as unknown as Redis;
    const list = new SessionRevocations(redis, settings, loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '600' }));
    await list.revoke(['a', 'b', 'a']);
    expect(set.mock.calls).toEqual([
      ['p:session:revoked:a', '1', 'EX', 660],
      ['p:session:revoked:b', '1', 'EX', 660],
    ]);
  });

  it('answers from one EXISTS, and lets tokens through when Redis cannot answer', async () => {
    const exists = jest.fn().mockResolvedValueOnce(1).mockResolvedValueOnce(0).mockRejectedValueOnce(new Error('Connection is closed.'));
    const list = new SessionRevocations({ exists } as unknown as Redis, settings, loadConfig({}));
    expect(await list.isRevoked('s')).toBe(true);
    expect(await list.isRevoked('s')).toBe(false);
    expect(await list.isRevoked('s')).toBe(false);
    expect(exists).toHaveBeenCalledWith('p:session:revoked:s');
  });

  it('does not hold a request on a Redis that is connected but silent', async () => {
    const list = new SessionRevocations({ exists: () => new Promise(() => undefined) } as unknown as Redis, settings, loadConfig({}));
    const started = Date.now();
    expect(await list.isRevoked('s')).toBe(false);
    expect(Date.now() - started).toBeLessThan(REVOCATION_CHECK_TIMEOUT_MS + 1000);
  });
});
