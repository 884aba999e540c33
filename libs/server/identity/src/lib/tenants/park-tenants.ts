import { Controller, Get, HttpCode, Injectable, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import {
  decodeCursor,
  encodeCursor,
  isUniqueViolation,
  ParkAdmin,
  ProblemException,
  RequestContext,
  Responds,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import {
  CreateTenantRequest,
  CreateTenantRequestSchema,
  CreateTenantResponse,
  CreateTenantResponseSchema,
  IdParams,
  IdParamsSchema,
  InvitationCreated,
  InvitationCreatedSchema,
  Page,
  PAGE_LIMIT_DEFAULT,
  PageQueryParams,
  PageQuerySchema,
  PROBLEM_CODES,
  Tenant,
  TenantPageSchema,
  TenantSchema,
  UpdateTenantRequest,
  UpdateTenantRequestSchema,
} from '@xinzhi/shared-contracts';
import { Invitations } from '../invitations/invitations';
import { findParkTenant, insertTenant, listParkTenants, updateTenant } from './tenants.data';

async function mapUniqueViolation<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error, 'tenants_credit_code_key'))
      throw ProblemException.conflict('creditCode', 'Another enterprise already has this credit code.');
    if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'An enterprise with this name is already in the park.');
    throw error;
  }
}

/** A park administrator onboards, classifies and edits the enterprises of their park — only theirs (row security). */
@Injectable()
export class ParkTenantsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly invitations: Invitations,
  ) {}

  private async one(m: EntityManager, id: string): Promise<Tenant> {
    const tenant = await findParkTenant(m, id);
    if (!tenant) throw ProblemException.notFound('No enterprise with this id in your park.');
    return tenant;
  }

  list(limit: number, cursor: string | null): Promise<Page<Tenant>> {
    return this.tx.run(async (m) => {
      const rows = await listParkTenants(m, cursor, limit + 1);
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  get(id: string): Promise<Tenant> {
    return this.tx.run((m) => this.one(m, id));
  }

  create(body: CreateTenantRequest): Promise<CreateTenantResponse> {
    const { ownerEmail, ownerName, ...fields } = body;
    return mapUniqueViolation(
      this.tx.run(async (m) => {
        const ctx = RequestContext.current();
        const id = await insertTenant(m, { ...fields, creditCode: fields.creditCode ?? null });
        const invitation = await this.invitations.inviteToTenant(m, id, {
          email: ownerEmail,
          displayName: ownerName,
          role: 'owner',
          invitedBy: ctx.userId,
        });
        return { tenant: await this.one(m, id), invitation };
      }),
    );
  }

  /** A new link for the tenant's pending owner invitation; the old link stops working. */
  reissueOwnerInvitation(id: string): Promise<InvitationCreated> {
    return this.tx.run(async (m) => {
      const tenant = await this.one(m, id);
      if (tenant.ownerStatus === 'active') {
        throw ProblemException.conflict(
          'id',
          'The owner of this enterprise has already joined: there is no invitation to send again.',
          PROBLEM_CODES.conflict,
        );
      }
      const created = await this.invitations.reissueOwner(m, id);
      if (!created) throw ProblemException.conflict('id', 'This enterprise has no open owner invitation.', PROBLEM_CODES.conflict);
      return created;
    });
  }

  update(id: string, body: UpdateTenantRequest): Promise<Tenant> {
    return mapUniqueViolation(
      this.tx.run(async (m) => {
        await this.one(m, id);
        await updateTenant(m, id, body);
        return this.one(m, id);
      }),
    );
  }
}

@ApiTags('park')
@Controller('park/tenants')
export class ParkTenantsController {
  constructor(private readonly tenants: ParkTenantsService) {}

  @Get()
  @ParkAdmin()
  @Responds(TenantPageSchema)
  list(@ValidQuery(PageQuerySchema) query: PageQueryParams): Promise<Page<Tenant>> {
    return this.tenants.list(query.limit ?? PAGE_LIMIT_DEFAULT, decodeCursor(query.cursor));
  }

  /** Creates the enterprise with its classification and invites its owner (the link is returned once). */
  @Post()
  @ParkAdmin()
  @Responds(CreateTenantResponseSchema, 201)
  create(@ValidBody(CreateTenantRequestSchema) body: CreateTenantRequest): Promise<CreateTenantResponse> {
    return this.tenants.create(body);
  }

  @Get(':id')
  @ParkAdmin()
  @Responds(TenantSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Tenant> {
    return this.tenants.get(id);
  }

  /** A new link for the owner's pending invitation (the old one stops working), to copy and send again. */
  @Post(':id/owner-invitation')
  @HttpCode(200)
  @ParkAdmin()
  @Responds(InvitationCreatedSchema)
  reissueOwnerInvitation(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<InvitationCreated> {
    return this.tenants.reissueOwnerInvitation(id);
  }

  @Patch(':id')
  @ParkAdmin()
  @Responds(TenantSchema)
  update(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(UpdateTenantRequestSchema) body: UpdateTenantRequest): Promise<Tenant> {
    return this.tenants.update(id, body);
  }
}
