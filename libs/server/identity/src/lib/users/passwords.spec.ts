import { hashPassword, passwordProblems, verifyPassword } from './passwords';

describe('password rules', () => {
  it('accepts any characters within 8–128, with no composition rules', () => {
    expect(passwordProblems('correct horse battery')).toEqual([]);
    expect(passwordProblems('数字化转型新质生产力')).toEqual([]);
    expect(passwordProblems('alllowercaseletters')).toEqual([]);
  });
  it('counts characters, not bytes', () => {
    expect(passwordProblems('新质生产力新质生')).toEqual([]); // 8 characters, 24 bytes
    expect(passwordProblems('新质生产力新质')[0].code).toBe('minLength');
  });
  it('refuses short, long, common and email-equal passwords', () => {
    expect(passwordProblems('short')[0].code).toBe('minLength');
    expect(passwordProblems('x'.repeat(129))[0].code).toBe('maxLength');
    expect(passwordProblems('Password123')[0].code).toBe('commonPassword');
    expect(passwordProblems('12345678')[0].code).toBe('commonPassword');
    expect(passwordProblems('me@acme.example', 'password', 'ME@acme.example')[0].code).toBe('sameAsEmail');
    expect(passwordProblems(42)[0].code).toBe('isString');
  });
});

describe('argon2id hashing', () => {
  it('stores argon2id hashes with at least 19 MiB and 2 iterations, and verifies them', async () => {
    const hash = await hashPassword('Xinzhi-Demo-2026');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    const params = /m=(\d+),t=(\d+),p=(\d+)/.exec(hash);
    expect(Number(params?.[1])).toBeGreaterThanOrEqual(19456);
    expect(Number(params?.[2])).toBeGreaterThanOrEqual(2);
    expect(await verifyPassword(hash, 'Xinzhi-Demo-2026')).toBe(true);
    expect(await verifyPassword(hash, 'xinzhi-demo-2026')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
