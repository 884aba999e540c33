import { Controller, Delete, Get, HttpCode, Injectable, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import {
  decodeCursor,
  encodeCursor,
  ProblemException,
  RequestContext,
  Responds,
  RespondsNoContent,
  TenantRoles,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@xinzhi/server-core';
import { AuditLog, TransactionRunner } from '@xinzhi/server-db';
import { LiveEventPublisher } from '@xinzhi/server-queue';
import {
  IdParams,
  IdParamsSchema,
  InvitationCreated,
  InvitationCreatedSchema,
  InviteMemberRequest,
  InviteMemberRequestSchema,
  InviteMemberResponse,
  InviteMemberResponseSchema,
  Member,
  MemberPageSchema,
  MemberSchema,
  Page,
  PAGE_LIMIT_DEFAULT,
  PageQueryParams,
  PageQuerySchema,
  PROBLEM_CODES,
  UpdateMemberRequest,
  UpdateMemberRequestSchema,
} from '@xinzhi/shared-contracts';
import { departmentExists } from '../departments/departments.data';
import { Invitations } from '../invitations/invitations';
import {
  countOtherOwners,
  deleteMembership,
  findMember,
  findMemberByEmail,
  listMembers,
  lockOwnerMemberships,
  MemberChanges,
  revokeInvitation,
  updateInvitation,
  updateMembership,
} from './members.data';

const conflict = (detail: string, field: string) => ProblemException.conflict(field, detail, PROBLEM_CODES.conflict);

/** Members of the acting tenant: owners invite, change roles and departments, and remove. */
@Injectable()
export class MembersService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly invitations: Invitations,
    private readonly events: LiveEventPublisher,
  ) {}

  private async one(m: EntityManager, id: string): Promise<Member> {
    const member = await findMember(m, id);
    if (!member) throw ProblemException.notFound('No member with this id.');
    return member;
  }

  private async assertDepartment(m: EntityManager, departmentId: string | null | undefined): Promise<void> {
    if (!departmentId) return;
    if (!(await departmentExists(m, departmentId)))
      throw ProblemException.validation([
        { field: 'departmentId', code: PROBLEM_CODES.exists, message: 'departmentId names no department of this enterprise' },
      ]);
  }

  /**
   * Serialises changes that may take an owner away, per tenant: locks the tenant's owner
   * memberships (in id order, so two callers never deadlock) until the transaction ends. Without
   * it two owners demoting or removing each other at once both counted the other and left none.
   * Taken before the member is read, so the role the check relies on is the committed one.
   */
  private async lockOwners(m: EntityManager): Promise<void> {
    await lockOwnerMemberships(m);
  }

  /** The last owner can be neither removed nor demoted: an enterprise always has someone in charge (call `lockOwners` first). */
  private async assertOtherOwner(m: EntityManager, membershipId: string): Promise<void> {
    if ((await countOtherOwners(m, membershipId)) === 0)
      throw conflict('This is the last owner of the enterprise. Make someone else owner first.', 'role');
  }

  list(limit: number, cursor: string | null): Promise<Page<Member>> {
    return this.tx.run(async (m) => {
      const rows = await listMembers(m, cursor, limit + 1);
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  get(id: string): Promise<Member> {
    return this.tx.run((m) => this.one(m, id));
  }

  invite(body: InviteMemberRequest): Promise<InviteMemberResponse> {
    return this.tx.run(async (m) => {
      const ctx = RequestContext.current();
      await this.assertDepartment(m, body.departmentId);
      const existing = await findMemberByEmail(m, body.email);
      if (existing) {
        throw conflict(
          existing.status === 'active' ? 'This person is already a member.' : 'This person already has an open invitation.',
          'email',
        );
      }
      const created = await this.invitations.inviteToTenant(m, ctx.tenantId as string, { ...body, invitedBy: ctx.userId });
      await this.audit.record(m, 'member.invited', body.email, { role: body.role, invitationId: created.id });
      return { member: await this.one(m, created.id), invitation: created };
    });
  }

  update(id: string, body: UpdateMemberRequest): Promise<Member> {
    return this.tx.run(async (m) => {
      if (body.role !== undefined) await this.lockOwners(m);
      const before = await this.one(m, id);
      await this.assertDepartment(m, body.departmentId);
      const changes: MemberChanges = {
        role: body.role,
        departmentId: body.departmentId,
        jobTitle: body.jobTitle === undefined ? undefined : body.jobTitle || null,
      };
      if (before.status === 'active') {
        if (body.role && body.role !== 'owner' && before.role === 'owner') await this.assertOtherOwner(m, id);
        await updateMembership(m, id, changes);
      } else {
        await updateInvitation(m, id, { ...changes, displayName: body.displayName });
      }
      if (body.role && body.role !== before.role) {
        await this.audit.record(m, 'member.role_changed', before.email, { from: before.role, to: body.role });
      }
      if (body.departmentId !== undefined || body.jobTitle !== undefined || body.displayName !== undefined) {
        await this.audit.record(m, 'member.updated', before.email, { departmentId: body.departmentId, jobTitle: body.jobTitle });
      }
      return this.one(m, id);
    });
  }

  /** A new link for an open invitation; the old link stops working (links are kept only as a hash). */
  reissueInvitation(id: string): Promise<InvitationCreated> {
    return this.tx.run(async (m) => {
      const member = await this.one(m, id);
      if (member.status !== 'invited') throw conflict('This person has already joined: there is no invitation to send again.', 'id');
      const created = await this.invitations.reissue(m, id);
      if (!created) throw ProblemException.notFound('No open invitation with this id.');
      await this.audit.record(m, 'member.invited', member.email, { role: member.role, invitationId: id, reissued: true });
      return created;
    });
  }

  /**
   * Removes a member (or withdraws an invitation); their own account stays. Once committed, their
   * open event streams in this tenant are ended, in every API process.
   */
  async remove(id: string): Promise<void> {
    const removed = await this.tx.run(async (m) => {
      await this.lockOwners(m);
      const before = await this.one(m, id);
      if (before.status === 'active') {
        if (before.role === 'owner') await this.assertOtherOwner(m, id);
        await deleteMembership(m, id);
      } else {
        await revokeInvitation(m, id);
      }
      await this.audit.record(m, 'member.removed', before.email, { role: before.role, status: before.status });
      return before;
    });
    if (removed.userId) await this.events.revokeStreams(RequestContext.current().tenantId as string, removed.userId);
  }
}

@ApiTags('members')
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  /** Owners, leaders and team leads see the member list (to form teams and assign tasks). */
  @Get()
  @TenantRoles('owner', 'leader', 'team_lead')
  @Responds(MemberPageSchema)
  list(@ValidQuery(PageQuerySchema) query: PageQueryParams): Promise<Page<Member>> {
    return this.members.list(query.limit ?? PAGE_LIMIT_DEFAULT, decodeCursor(query.cursor));
  }

  @Post()
  @TenantRoles('owner')
  @Responds(InviteMemberResponseSchema, 201)
  invite(@ValidBody(InviteMemberRequestSchema) body: InviteMemberRequest): Promise<InviteMemberResponse> {
    return this.members.invite(body);
  }

  /** A new link for a pending invitation (the old one stops working), to copy and send again. */
  @Post(':id/invitation')
  @HttpCode(200)
  @TenantRoles('owner')
  @Responds(InvitationCreatedSchema)
  reissueInvitation(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<InvitationCreated> {
    return this.members.reissueInvitation(id);
  }

  @Get(':id')
  @TenantRoles('owner', 'leader', 'team_lead')
  @Responds(MemberSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Member> {
    return this.members.get(id);
  }

  @Patch(':id')
  @TenantRoles('owner')
  @Responds(MemberSchema)
  update(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(UpdateMemberRequestSchema) body: UpdateMemberRequest): Promise<Member> {
    return this.members.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @TenantRoles('owner')
  @RespondsNoContent()
  async remove(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.members.remove(id);
  }
}
