import { Controller, Get, HttpCode, Injectable, Logger, NotFoundException, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EntityManager } from 'typeorm';
import { AppConfig, Clock, InjectConfig, ProblemException, Public, Responds, ValidBody, ValidParams } from '@xinzhi/server-core';
import { notify, TransactionRunner } from '@xinzhi/server-db';
import { LiveEventPublisher } from '@xinzhi/server-queue';
import {
  AcceptInvitationRequest,
  AcceptInvitationRequestSchema,
  InvitationCreated,
  InvitationPreview,
  InvitationPreviewSchema,
  InvitationTokenParams,
  InvitationTokenParamsSchema,
  PROBLEM_CODES,
  TenantRole,
  TokenResponse,
  TokenResponseSchema,
} from '@xinzhi/shared-contracts';
import { AuthService } from '../auth/auth.service';
import { REFRESH_COOKIE, REFRESH_TTL_DAYS, Sessions, userScope } from '../auth/sessions';
import { hashSecret, newSecret } from '../tokens';
import { hashPassword, passwordProblems } from '../users/passwords';
import {
  acceptInvitation,
  enterJoinedTenant,
  insertParkInvitation,
  insertTenantInvitation,
  NewInvitationRow,
  openOwnerInvitationId,
  PreviewRow,
  previewInvitation,
  reissueTenantInvitation,
  toInvitationPreview,
} from './invitations.data';

export const INVITATION_TTL_DAYS = 14;

/** Creating invitations (inside the inviter's transaction) and their links. */
@Injectable()
export class Invitations {
  private readonly logger = new Logger('Invitations');

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  private link(secret: string): string {
    return `${this.config.publicUrl}/invite/${secret}`;
  }

  /** Invites a person into a tenant; the returned invitation's id is also its member id until they join. */
  async inviteToTenant(
    manager: EntityManager,
    tenantId: string,
    invite: {
      email: string;
      displayName: string;
      role: TenantRole;
      departmentId?: string | null;
      jobTitle?: string | null;
      invitedBy: string | null;
    },
  ): Promise<InvitationCreated> {
    const { secret, hash } = newSecret();
    const row = await insertTenantInvitation(manager, tenantId, {
      email: invite.email,
      displayName: invite.displayName,
      role: invite.role,
      departmentId: invite.departmentId ?? null,
      jobTitle: invite.jobTitle ?? null,
      tokenHash: hash,
      invitedBy: invite.invitedBy,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000),
    });
    return this.announce(row, secret);
  }

  async inviteToPark(
    manager: EntityManager,
    parkId: string,
    invite: { email: string; displayName: string; invitedBy: string | null },
  ): Promise<InvitationCreated> {
    const { secret, hash } = newSecret();
    const row = await insertParkInvitation(manager, parkId, {
      email: invite.email,
      displayName: invite.displayName,
      tokenHash: hash,
      invitedBy: invite.invitedBy,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000),
    });
    return this.announce(row, secret);
  }

  /**
   * A new link for an open tenant invitation (a member's, or a new tenant's owner's), valid for
   * another INVITATION_TTL_DAYS; the previous link stops working. Links are stored only as a hash,
   * so an earlier link cannot be shown again: "copy the link again" is this. Null when the
   * invitation is not open (accepted, withdrawn, unknown or not visible to the caller).
   */
  async reissue(manager: EntityManager, invitationId: string): Promise<InvitationCreated | null> {
    const { secret, hash } = newSecret();
    const row = await reissueTenantInvitation(manager, invitationId, hash, new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000));
    return row ? this.announce(row, secret, 'invitation re-issued') : null;
  }

  /** A new link for the open owner invitation of a tenant (the park's onboarding), or null when its owner has joined. */
  async reissueOwner(manager: EntityManager, tenantId: string): Promise<InvitationCreated | null> {
    const id = await openOwnerInvitationId(manager, tenantId);
    return id ? this.reissue(manager, id) : null;
  }

  /** The link is returned to the inviter once and written to the log (mail delivery is not wired yet). */
  private announce(row: NewInvitationRow, secret: string, message = 'invitation created'): InvitationCreated {
    const acceptUrl = this.link(secret);
    this.logger.log({ invitation: row.id, email: row.email, acceptUrl }, message);
    return { id: row.id, email: row.email, acceptUrl, expiresAt: row.expires_at.toISOString() };
  }
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
    private readonly clock: Clock,
    private readonly events: LiveEventPublisher,
  ) {}

  private async preview(token: string): Promise<PreviewRow> {
    const row = await this.tx.run((m) => previewInvitation(m, hashSecret(token)));
    if (!row) throw new NotFoundException('This invitation link is not valid: it may have expired, been used or been withdrawn.');
    return row;
  }

  @Get(':token')
  @Public()
  @Responds(InvitationPreviewSchema)
  async show(@ValidParams(InvitationTokenParamsSchema) { token }: InvitationTokenParams): Promise<InvitationPreview> {
    return toInvitationPreview(await this.preview(token));
  }

  /** Joined; signed in to the new membership. */
  @Post('accept')
  @HttpCode(200)
  @Public()
  @Responds(TokenResponseSchema)
  async accept(
    @ValidBody(AcceptInvitationRequestSchema) body: AcceptInvitationRequest,
    @Res({ passthrough: true }) reply: FastifyReply & { setCookie(n: string, v: string, o: object): unknown },
  ): Promise<TokenResponse> {
    const invitation = await this.preview(body.token);
    let passwordHash: string | null = null;
    if (invitation.existing_user) {
      // Joining with an existing account proves it is yours.
      if (!(await this.auth.verifyAccountPassword(invitation.email, body.password))) {
        throw new ProblemException({
          type: '/problems/validation',
          title: 'Validation failed',
          status: 400,
          detail: 'This email already has an account: enter its password to join.',
          errors: [{ field: 'password', code: PROBLEM_CODES.wrongPassword, message: 'password is not the password of this account' }],
        });
      }
    } else {
      const problems = passwordProblems(body.password, 'password', invitation.email);
      if (problems.length) throw ProblemException.validation(problems);
      passwordHash = await hashPassword(body.password);
    }
    const { joined, told } = await this.tx.run(async (m) => {
      const tokenHash = hashSecret(body.token);
      const joined = await acceptInvitation(m, tokenHash, passwordHash, body.displayName ?? null);
      if (joined.context_type !== 'tenant') return { joined, told: 0 };
      // The inviter hears that their invitation was taken up (as the new member, in that tenant).
      const invitation = await enterJoinedTenant(m, joined.context_id, joined.user_id, tokenHash);
      const told =
        invitation?.invited_by != null
          ? await notify(
              m,
              [
                {
                  kind: 'invitation_accepted',
                  userId: invitation.invited_by,
                  link: '/members',
                  params: { email: invitation.email, role: invitation.role },
                },
              ],
              this.clock.today(),
            )
          : 0;
      return { joined, told };
    });
    if (told > 0) await this.events.publish(joined.context_id, { type: 'notifications', at: new Date().toISOString() });
    const session = await this.tx.runAs(userScope(joined.user_id), async (manager) => {
      const memberships = await this.sessions.memberships(manager, joined.user_id);
      const context = this.sessions.pickContext(memberships, { type: joined.context_type, id: joined.context_id });
      return this.sessions.start(manager, joined.user_id, context);
    });
    reply.setCookie(REFRESH_COOKIE, session.refreshCookie, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/api/auth',
      maxAge: REFRESH_TTL_DAYS * 86400,
    });
    return session.tokens;
  }
}
