import { formatRefreshCookie, hashSecret, newSecret, parseRefreshCookie } from './tokens';

describe('refresh cookie', () => {
  const user = '01a21f3d-d543-7b8f-86f6-bca5d78a1fbd';
  const token = '01a21f3d-d543-7b8f-86f6-bca5d78a1fbe';

  it('round-trips and hashes the secret', () => {
    const { secret, hash } = newSecret();
    expect(hashSecret(secret)).toBe(hash);
    expect(parseRefreshCookie(formatRefreshCookie(user, token, secret))).toEqual({ userId: user, tokenId: token, secret });
  });

  it('rejects anything malformed', () => {
    const { secret } = newSecret();
    expect(parseRefreshCookie(undefined)).toBeNull();
    expect(parseRefreshCookie(`${user}.${token}`)).toBeNull();
    expect(parseRefreshCookie(`not-a-uuid.${token}.${secret}`)).toBeNull();
    expect(parseRefreshCookie(`${user}.${token}.${secret}.extra`)).toBeNull();
    expect(parseRefreshCookie(`${user}.${token}.short`)).toBeNull();
  });
});
