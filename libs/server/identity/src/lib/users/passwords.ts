import * as argon2 from 'argon2';
import { FieldError, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PROBLEM_CODES } from '@xinzhi/shared-contracts';
import { isCommonPassword } from './common-passwords';

/** argon2id at OWASP's minimum: 19 MiB of memory, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the email is unknown, so both failures cost the same time. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  return (dummyHash ??= hashPassword('xinzhi-timing-equaliser-not-a-password'));
}

/**
 * NIST SP 800-63B rules: 8–128 characters (counted as Unicode code points, any characters), no
 * composition rules, the most common passwords and the account's own email refused.
 */
export function passwordProblems(password: unknown, field = 'password', email?: string): FieldError[] {
  if (typeof password !== 'string') return [{ field, code: PROBLEM_CODES.string, message: `${field} must be a string` }];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return [
      {
        field,
        code: PROBLEM_CODES.minLength,
        limit: PASSWORD_MIN_LENGTH,
        message: `${field} must have at least ${PASSWORD_MIN_LENGTH} characters`,
      },
    ];
  if (length > PASSWORD_MAX_LENGTH)
    return [
      {
        field,
        code: PROBLEM_CODES.maxLength,
        limit: PASSWORD_MAX_LENGTH,
        message: `${field} must have at most ${PASSWORD_MAX_LENGTH} characters`,
      },
    ];
  if (isCommonPassword(password))
    return [{ field, code: PROBLEM_CODES.commonPassword, message: `${field} is one of the most common passwords; choose another` }];
  if (email && password.toLowerCase() === email.toLowerCase())
    return [{ field, code: PROBLEM_CODES.sameAsEmail, message: `${field} must not be your email address` }];
  return [];
}
