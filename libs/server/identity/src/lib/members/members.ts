import { Body, Controller, Delete, Get, HttpCode, Injectable, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, IdParam, PageQuery, ProblemException, RequestContext, TenantRoles } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { LiveEventPublisher } from '@xinzhi/server-queue';
import { InviteMemberResponse, Member, Page, PAGE_LIMIT_DEFAULT, TenantRole } from '@xinzhi/shared-contracts';
import { AuditLog } from '../audit/audit.log';
import { InviteMemberDto, UpdateMemberDto } from '../dto';
import { TenantInvitationRow, TenantMembershipRow } from '../entities';
import { Invitations } from '../invitations/invitations';


interface MemberSql {
  id: string; user_id: string | null; email: string; display_name: string; role: TenantRole;
  department_id: string | null; department_name: string | null; job_title: string | null;
  status: 'active' | 'invited'; joined_at: Date | null;
}

/** Active members and open invitations, one list: an invitation is a member who has not joined yet. */
const MEMBERS = `
  SELECT * FROM (
    SELECT m.id, m.user_id, u.email, u.display_name, m.role, m.department_id, d.name AS department_name, m.job_title,
           'active' AS status, m.created_at AS joined_at
      FROM tenant_memberships m JOIN users u ON u.id = m.user_id
      LEFT JOIN departments d ON d.tenant_id = m.tenant_id AND d.id = m.department_id
    UNION ALL
    SELECT i.id, NULL, i.email, i.display_name, i.role, i.department_id, d.name, i.job_title, 'invited', NULL
      FROM tenant_invitations i
      LEFT JOIN departments d ON d.tenant_id = i.tenant_id AND d.id = i.department_id
     WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
  ) x`;

function toMember(r: MemberSql): Member {
  return {
    id: r.id, userId: r.user_id, email: r.email, displayName: r.display_name, role: r.role,
    departmentId: r.department_id, departmentName: r.department_name, jobTitle: r.job_title,
    status: r.status, joinedAt: r.joined_at?.toISOString() ?? null,
  };
}

const conflict = (detail: string, field: string) => ProblemException.conflict(field, detail, 'conflict');

/** Members of the acting tenant: owners invite, change roles and departments, and remove. */
@Injectable()
export class MembersService {
  constructor(private readonly tx: TransactionRunner, private readonly audit: AuditLog, private readonly invitations: Invitations, private readonly events: LiveEventPublisher) {}

  private async one(m: EntityManager, id: string): Promise<Member> {
    const rows: MemberSql[] = await m.query(`${MEMBERS} WHERE x.id = $1`, [id]);
    if (!rows[0]) throw ProblemException.notFound('No member with this id.');
    return toMember(rows[0]);
  }

  private async assertDepartment(m: EntityManager, departmentId: string | null | undefined): Promise<void> {
    if (!departmentId) return;
    const found = await m.query('SELECT 1 FROM departments WHERE id = $1', [departmentId]);
    if (!found.length) throw ProblemException.validation([{ field: 'departmentId', code: 'exists', message: 'departmentId names no department of this enterprise' }]);
  }

  /**
   * Serialises changes that may take an owner away, per tenant: locks the tenant's owner
   * memberships (in id order, so two callers never deadlock) until the transaction ends. Without
   * it two owners demoting or removing each other at once both counted the other and left none.
   * Taken before the member is read, so the role the check relies on is the committed one.
   */
  private async lockOwners(m: EntityManager): Promise<void> {
    await m.query(`SELECT id FROM tenant_memberships WHERE role = 'owner' ORDER BY id FOR UPDATE`);
  }

  /** The last owner can be neither removed nor demoted: an enterprise always has someone in charge (call `lockOwners` first). */
  private async assertOtherOwner(m: EntityManager, membershipId: string): Promise<void> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM tenant_memberships WHERE role = 'owner' AND id <> $1`, [membershipId]);
    if (n === 0) throw conflict('This is the last owner of the enterprise. Make someone else owner first.', 'role');
  }

  list(limit: number, cursor: string | null): Promise<Page<Member>> {
    return this.tx.run(async (m) => {
      const rows: MemberSql[] = await m.query(`${MEMBERS} WHERE ($1::uuid IS NULL OR x.id > $1::uuid) ORDER BY x.id LIMIT $2`, [cursor, limit + 1]);
      const items = rows.slice(0, limit).map(toMember);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  get(id: string): Promise<Member> {
    return this.tx.run((m) => this.one(m, id));
  }

  invite(body: InviteMemberDto): Promise<InviteMemberResponse> {
    return this.tx.run(async (m) => {
      const ctx = RequestContext.current();
      await this.assertDepartment(m, body.departmentId);
      const existing: MemberSql[] = await m.query(`${MEMBERS} WHERE x.email = $1`, [body.email]);
      if (existing.length) {
        throw conflict(existing[0].status === 'active' ? 'This person is already a member.' : 'This person already has an open invitation.', 'email');
      }
      const { row, created } = await this.invitations.inviteToTenant(m, ctx.tenantId as string, { ...body, invitedBy: ctx.userId });
      await this.audit.record(m, 'member.invited', body.email, { role: body.role, invitationId: row.id });
      return { member: await this.one(m, row.id), invitation: created };
    });
  }

  update(id: string, body: UpdateMemberDto): Promise<Member> {
    return this.tx.run(async (m) => {
      if (body.role !== undefined) await this.lockOwners(m);
      const before = await this.one(m, id);
      await this.assertDepartment(m, body.departmentId);
      const changes = {
        ...(body.role !== undefined && { role: body.role }),
        ...(body.departmentId !== undefined && { departmentId: body.departmentId }),
        ...(body.jobTitle !== undefined && { jobTitle: body.jobTitle || null }),
        updatedAt: new Date(),
      };
      if (before.status === 'active') {
        if (body.role && body.role !== 'owner' && before.role === 'owner') await this.assertOtherOwner(m, id);
        await m.getRepository(TenantMembershipRow).update({ id }, changes);
      } else {
        await m.getRepository(TenantInvitationRow).update({ id }, { ...changes, ...(body.displayName !== undefined && { displayName: body.displayName }) });
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
        await m.getRepository(TenantMembershipRow).delete({ id });
      } else {
        await m.getRepository(TenantInvitationRow).update({ id }, { revokedAt: new Date(), updatedAt: new Date() });
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
  list(@Query() query: PageQuery): Promise<Page<Member>> {
    return this.members.list(query.limit ?? PAGE_LIMIT_DEFAULT, decodeCursor(query.cursor));
  }

  @Post()
  @TenantRoles('owner')
  invite(@Body() body: InviteMemberDto): Promise<InviteMemberResponse> {
    return this.members.invite(body);
  }

  @Get(':id')
  @TenantRoles('owner', 'leader', 'team_lead')
  get(@Param() { id }: IdParam): Promise<Member> {
    return this.members.get(id);
  }

  @Patch(':id')
  @TenantRoles('owner')
  update(@Param() { id }: IdParam, @Body() body: UpdateMemberDto): Promise<Member> {
    return this.members.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @TenantRoles('owner')
  async remove(@Param() { id }: IdParam): Promise<void> {
    await this.members.remove(id);
  }
}
