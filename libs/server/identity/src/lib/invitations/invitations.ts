import { Body, Controller, Get, HttpCode, Injectable, Logger, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EntityManager } from 'typeorm';
import { AppConfig, InjectConfig, ProblemException, Public } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { InvitationCreated, InvitationPreview, TokenResponse } from '@xinzhi/shared-contracts';
import { AuthService } from '../auth/auth.service';
import { REFRESH_COOKIE, REFRESH_TTL_DAYS, Sessions, userScope } from '../auth/sessions';
import { AcceptInvitationDto } from '../dto';
import { ParkInvitationRow, TenantInvitationRow } from '../entities';
import { hashSecret, newSecret } from '../tokens';
import { hashPassword, passwordProblems } from '../users/passwords';

export const INVITATION_TTL_DAYS = 14;

/** Creating invitations (inside the inviter's transaction) and their links. */
@Injectable()
export class Invitations {
  private readonly logger = new Logger('Invitations');

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  private link(secret: string): string {
    return `${this.config.publicUrl}/invite/${secret}`;
  }

  async inviteToTenant(
    manager: EntityManager,
    tenantId: string,
    invite: { email: string; displayName: string; role: TenantInvitationRow['role']; departmentId?: string | null; jobTitle?: string | null; invitedBy: string | null },
  ): Promise<{ row: TenantInvitationRow; created: InvitationCreated }> {
    const { secret, hash } = newSecret();
    const row = await manager.getRepository(TenantInvitationRow).save({
      tenantId,
      email: invite.email,
      displayName: invite.displayName,
      role: invite.role,
      departmentId: invite.departmentId ?? null,
      jobTitle: invite.jobTitle ?? null,
      tokenHash: hash,
      invitedBy: invite.invitedBy,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000),
      acceptedAt: null,
      revokedAt: null,
    });
    return { row, created: this.announce(row.id, row.email, row.expiresAt, secret) };
  }

  async inviteToPark(manager: EntityManager, parkId: string, invite: { email: string; displayName: string; invitedBy: string | null }): Promise<InvitationCreated> {
    const { secret, hash } = newSecret();
    const row = await manager.getRepository(ParkInvitationRow).save({
      parkId,
      email: invite.email,
      displayName: invite.displayName,
      role: 'park_admin',
      tokenHash: hash,
      invitedBy: invite.invitedBy,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000),
      acceptedAt: null,
      revokedAt: null,
    });
    return this.announce(row.id, row.email, row.expiresAt, secret);
  }

  /** The link is returned to the inviter once and written to the log (mail delivery is not wired yet). */
  private announce(id: string, email: string, expiresAt: Date, secret: string): InvitationCreated {
    const acceptUrl = this.link(secret);
    this.logger.log({ invitation: id, email, acceptUrl }, 'invitation created');
    return { id, email, acceptUrl, expiresAt: expiresAt.toISOString() };
  }
}

interface PreviewRow {
  context_type: 'tenant' | 'park';
  context_id: string;
  context_name: string;
  email: string;
  display_name: string;
  role: InvitationPreview['role'];
  expires_at: Date;
  existing_user: boolean;
}

/** The invitee's side: look at an invitation by its link, and accept it (creating the account if needed). */
@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly auth: AuthService,
    private readonly sessions: Sessions,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private async preview(token: string): Promise<PreviewRow> {
    const rows: PreviewRow[] = await this.tx.run((m) => m.query('SELECT * FROM invitation_preview($1)', [hashSecret(token)]));
    if (!rows[0]) throw new NotFoundException('This invitation link is not valid: it may have expired, been used or been withdrawn.');
    return rows[0];
  }

  @Get(':token')
  @Public()
  async show(@Param('token') token: string): Promise<InvitationPreview> {
    const row = await this.preview(token);
    return {
      email: row.email,
      displayName: row.display_name,
      contextType: row.context_type,
      contextName: row.context_name,
      role: row.role,
      existingUser: row.existing_user,
      expiresAt: row.expires_at.toISOString(),
    };
  }

  @Post('accept')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ description: 'Joined; signed in to the new membership' })
  async accept(@Body() body: AcceptInvitationDto, @Res({ passthrough: true }) reply: FastifyReply & { setCookie(n: string, v: string, o: object): unknown }): Promise<TokenResponse> {
    const invitation = await this.preview(body.token);
    let passwordHash: string | null = null;
    if (invitation.existing_user) {
      // Joining with an existing account proves it is yours.
      if (!(await this.auth.verifyAccountPassword(invitation.email, body.password))) {
        throw new ProblemException({ type: '/problems/validation', title: 'Validation failed', status: 400, detail: 'This email already has an account: enter its password to join.', errors: [{ field: 'password', code: 'wrongPassword', message: 'password is not the password of this account' }] });
      }
    } else {
      const problems = passwordProblems(body.password, 'password', invitation.email);
      if (problems.length) throw ProblemException.validation(problems);
      passwordHash = await hashPassword(body.password);
    }
    const accepted: Array<{ user_id: string; context_type: 'tenant' | 'park'; context_id: string }> = await this.tx.run((m) =>
      m.query('SELECT * FROM invitation_accept($1, $2, $3)', [hashSecret(body.token), passwordHash, body.displayName ?? null]),
    );
    const joined = accepted[0];
    const session = await this.tx.runAs(userScope(joined.user_id), async (manager) => {
      const memberships = await this.sessions.memberships(manager, joined.user_id);
      const context = this.sessions.pickContext(memberships, { type: joined.context_type, id: joined.context_id });
      return this.sessions.start(manager, joined.user_id, context);
    });
    reply.setCookie(REFRESH_COOKIE, session.refreshCookie, { httpOnly: true, sameSite: 'strict', secure: this.config.cookieSecure, path: '/api/auth', maxAge: REFRESH_TTL_DAYS * 86400 });
    return session.tokens;
  }
}
