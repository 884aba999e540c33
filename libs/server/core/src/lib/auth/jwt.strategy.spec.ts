import { loadConfig } from '../config/app-config';
import { RevokedSessions, SessionEndedError } from './access-token';
import { JwtStrategy } from './jwt.strategy';

class FakeRevocations extends RevokedSessions {
  readonly asked: string[] = [];
  constructor(private readonly revoked: Set<string>) {
    super();
  }
  async isRevoked(sessionId: string): Promise<boolean> {
    this.asked.push(sessionId);
    return this.revoked.has(sessionId);
  }
}

describe('JwtStrategy.validate', () => {
  const ctx = { type: 'tenant' as const, id: 't1', role: 'owner' as const };
  const make = (revoked: string[]) => {
    const fake = new FakeRevocations(new Set(revoked));
    return { strategy: new JwtStrategy(loadConfig({}), fake), fake };
  };

  it("refuses the token of a signed-out session, and only that session's", async () => {
    const { strategy } = make(['s-out']);
    await expect(strategy.validate({ sub: 'u1', typ: 'access', ctx, sid: 's-out' })).rejects.toBeInstanceOf(SessionEndedError);
    await expect(strategy.validate({ sub: 'u1', typ: 'access', ctx, sid: 's-in', exp: 100 })).resolves.toEqual({
      userId: 'u1',
      context: ctx,
      sessionId: 's-in',
      expiresAt: 100,
    });
  });

  it('asks nothing for a token without a session id (issued before sessions were named)', async () => {
    const { strategy, fake } = make([]);
    await expect(strategy.validate({ sub: 'u1', typ: 'access', ctx: null })).resolves.toMatchObject({ sessionId: null });
    expect(fake.asked).toEqual([]);
  });

  it('checks the token kind before the session', async () => {
    const { strategy, fake } = make(['s']);
    await expect(strategy.validate({ sub: 'u1', ctx: null, sid: 's' })).rejects.toThrow('Not an access token');
    expect(fake.asked).toEqual([]);
  });
});
