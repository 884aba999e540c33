import { Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { Clock, ProblemException, RequestContext } from '@xinzhi/server-core';
import { AuditLog, TransactionRunner } from '@xinzhi/server-db';
import { LiveEventPublisher } from '@xinzhi/server-queue';
import { ActingContext, MeResponse, PROBLEM_CODES, SwitchContextRequest, UserSummary } from '@xinzhi/shared-contracts';
import { dummyPasswordHash, hashPassword, passwordProblems, verifyPassword } from '../users/passwords';
import {
  AccountRow,
  accountByEmail,
  findUser,
  lastContextOf,
  passwordOf,
  recordLogin,
  setLastContext,
  setPassword,
  updateProfile,
} from '../users/users.data';
import { LoginThrottle } from './login-throttle';
import { IssuedSession, Sessions, userScope } from './sessions';

const WRONG_CREDENTIALS = 'The email or password is not right.';

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly sessions: Sessions,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly events: LiveEventPublisher,
  ) {}

  /** Finds the account behind an email through the named SECURITY DEFINER path (no context yet). */
  private account(email: string): Promise<AccountRow | null> {
    return this.tx.run((m) => accountByEmail(m, email));
  }

  /** An unknown email and a wrong password get the same answer, after the same amount of work. */
  async login(email: string, password: string): Promise<IssuedSession> {
    const { ip, userAgent } = RequestContext.current();
    await this.throttle.admit(email, ip ?? 'unknown');
    const account = await this.account(email);
    const valid = account
      ? await verifyPassword(account.password_hash, password)
      : (await verifyPassword(await dummyPasswordHash(), password), false);
    if (!account || !valid) {
      await this.throttle.recordFailure(email);
      if (account) await this.tx.run((m) => recordLogin(m, account.id, 'login.failed', ip ?? null, userAgent ?? null));
      this.logger.warn({ email, ip, known: !!account }, 'login failed');
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    await this.throttle.recordSuccess(email);
    return this.tx.runAs(userScope(account.id), async (manager) => {
      const memberships = await this.sessions.memberships(manager, account.id);
      // The context used last (switched to on any device), while still a member; else the first.
      const context = this.sessions.pickContext(memberships, await lastContextOf(manager, account.id));
      await recordLogin(manager, account.id, 'login.succeeded', ip ?? null, userAgent ?? null);
      return this.sessions.start(manager, account.id, context);
    });
  }

  /** A new access token for another context the user belongs to. */
  async switchContext(request: SwitchContextRequest, refreshCookie: unknown) {
    const { userId, sessionId } = RequestContext.current();
    if (!userId) throw new UnauthorizedException();
    const context = await this.tx.runAs(userScope(userId), async (manager) => {
      const memberships = await this.sessions.memberships(manager, userId);
      const match = memberships.find((m) => m.type === request.type && m.id === request.id);
      if (!match) return null;
      await setLastContext(manager, userId, match);
      return { type: match.type, id: match.id, role: match.role } satisfies ActingContext;
    });
    // Not a member (or no such context): indistinguishable from a context that does not exist.
    if (!context) throw new NotFoundException('You have no membership in that context.');
    await this.sessions.rememberContext(refreshCookie, context);
    return this.sessions.accessToken(userId, context, sessionId ?? null);
  }

  async me(context: ActingContext | null): Promise<MeResponse> {
    const { userId } = RequestContext.current();
    if (!userId) throw new UnauthorizedException();
    return this.tx.runAs(userScope(userId), async (manager) => {
      const user = await findUser(manager, userId);
      if (!user) throw new UnauthorizedException('This account no longer exists.');
      const memberships = await this.sessions.memberships(manager, userId);
      const stillMember = context && memberships.some((m) => m.type === context.type && m.id === context.id);
      return { user, memberships, context: stillMember ? context : null, calendar: this.clock.calendar() };
    });
  }

  async updateProfile(changes: { displayName?: string; locale?: 'zh-CN' | 'en-US' }): Promise<UserSummary> {
    const { userId } = RequestContext.current();
    if (!userId) throw new UnauthorizedException();
    return this.tx.runAs(userScope(userId), async (manager) => {
      if (changes.displayName !== undefined || changes.locale !== undefined) {
        await updateProfile(manager, userId, changes);
      }
      const user = await findUser(manager, userId);
      if (!user) throw new UnauthorizedException('This account no longer exists.');
      return user;
    });
  }

  /** Changes the password and ends every other session; the caller gets a fresh one. */
  async changePassword(currentPassword: string, newPassword: string, context: ActingContext | null): Promise<IssuedSession> {
    const acting = RequestContext.current();
    const userId = acting.userId;
    if (!userId) throw new UnauthorizedException();
    const user = await this.tx.runAs(userScope(userId), (m) => passwordOf(m, userId));
    if (!user) throw new UnauthorizedException();
    if (!(await verifyPassword(user.password_hash, currentPassword))) {
      throw new ProblemException({
        type: '/problems/validation',
        title: 'Validation failed',
        status: 400,
        detail: 'The current password is not right.',
        errors: [{ field: 'currentPassword', code: PROBLEM_CODES.wrongPassword, message: 'currentPassword is not right' }],
      });
    }
    const problems = passwordProblems(newPassword, 'newPassword', user.email);
    if (problems.length) throw ProblemException.validation(problems);
    const hash = await hashPassword(newPassword);
    const { session, ended } = await this.tx.runAs(userScope(userId), async (manager) => {
      await setPassword(manager, userId, hash);
      const ended = await this.sessions.revokeAll(manager, userId);
      return { session: await this.sessions.start(manager, userId, context), ended };
    });
    await this.sessions.forgetSessions(ended);
    if (context?.type === 'tenant') {
      await this.tx.run((m) => this.audit.record(m, 'password.changed', user.email, {}));
    }
    return session;
  }

  /**
   * Signs the user out on every device (and logs how many sessions ended); their open event
   * streams end too, in every enterprise they belong to and every API process.
   */
  async logoutEverywhere(userId: string): Promise<void> {
    const ended = await this.sessions.revokeEverywhere(userId);
    const memberships = await this.tx.runAs(userScope(userId), (manager) => this.sessions.memberships(manager, userId));
    for (const m of memberships) if (m.type === 'tenant') await this.events.revokeStreams(m.id, userId);
    this.logger.log({ userId, sessions: ended }, 'signed out everywhere');
  }

  /** For the invitation flow: checks an existing account's password. */
  async verifyAccountPassword(email: string, password: string): Promise<boolean> {
    const account = await this.account(email);
    return !!account && (await verifyPassword(account.password_hash, password));
  }
}
