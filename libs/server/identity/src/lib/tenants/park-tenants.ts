import { Body, Controller, Get, Injectable, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, IdParam, isUniqueViolation, PageQuery, ParkAdmin, ProblemException, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { CreateTenantResponse, Page, PAGE_LIMIT_DEFAULT, Tenant } from '@xinzhi/shared-contracts';
import { CreateTenantDto, UpdateTenantDto } from '../dto';
import { TenantRow } from '../entities';
import { Invitations } from '../invitations/invitations';


interface TenantSql {
  id: string; park_id: string; name: string; credit_code: string | null; industry_section: string; industry_division: string;
  scale: Tenant['scale']; region: string; emerging: boolean; manufacturing_type: Tenant['manufacturingType']; showcase: boolean;
  created_at: Date; updated_at: Date; owner_email: string | null; owner_status: Tenant['ownerStatus'];
}

/** Tenants with their owner's contact: the active owner, else the open owner invitation. */
const TENANTS = `
  SELECT t.*,
    coalesce(o.email, i.email) AS owner_email,
    CASE WHEN o.email IS NOT NULL THEN 'active' WHEN i.email IS NOT NULL THEN 'invited' ELSE 'none' END AS owner_status
  FROM tenants t
  LEFT JOIN LATERAL (SELECT u.email FROM tenant_memberships m JOIN users u ON u.id = m.user_id
                      WHERE m.tenant_id = t.id AND m.role = 'owner' ORDER BY m.created_at LIMIT 1) o ON true
  LEFT JOIN LATERAL (SELECT inv.email FROM tenant_invitations inv
                      WHERE inv.tenant_id = t.id AND inv.role = 'owner' AND inv.accepted_at IS NULL AND inv.revoked_at IS NULL
                      ORDER BY inv.created_at DESC LIMIT 1) i ON true`;

export function toTenant(r: TenantSql): Tenant {
  return {
    id: r.id, parkId: r.park_id, name: r.name, creditCode: r.credit_code, industrySection: r.industry_section,
    industryDivision: r.industry_division, scale: r.scale, region: r.region, emerging: r.emerging,
    manufacturingType: r.manufacturing_type, showcase: r.showcase, createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(), ownerEmail: r.owner_email, ownerStatus: r.owner_status,
  };
}

async function mapUniqueViolation<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error, 'tenants_credit_code_key')) throw ProblemException.conflict('creditCode', 'Another enterprise already has this credit code.');
    if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'An enterprise with this name is already in the park.');
    throw error;
  }
}

/** A park administrator onboards, classifies and edits the enterprises of their park — only theirs (row security). */
@Injectable()
export class ParkTenantsService {
  constructor(private readonly tx: TransactionRunner, private readonly invitations: Invitations) {}

  private async one(m: EntityManager, id: string): Promise<Tenant> {
    const rows: TenantSql[] = await m.query(`${TENANTS} WHERE t.id = $1 AND t.park_id = app_park_id()`, [id]);
    if (!rows[0]) throw ProblemException.notFound('No enterprise with this id in your park.');
    return toTenant(rows[0]);
  }

  list(limit: number, cursor: string | null): Promise<Page<Tenant>> {
    return this.tx.run(async (m) => {
      const rows: TenantSql[] = await m.query(`${TENANTS} WHERE t.park_id = app_park_id() AND ($1::uuid IS NULL OR t.id > $1::uuid) ORDER BY t.id LIMIT $2`, [cursor, limit + 1]);
      const items = rows.slice(0, limit).map(toTenant);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  get(id: string): Promise<Tenant> {
    return this.tx.run((m) => this.one(m, id));
  }

  create(body: CreateTenantDto): Promise<CreateTenantResponse> {
    const { ownerEmail, ownerName, ...fields } = body;
    return mapUniqueViolation(
      this.tx.run(async (m) => {
        const ctx = RequestContext.current();
        const row = await m.getRepository(TenantRow).save({ ...fields, creditCode: fields.creditCode ?? null, parkId: ctx.parkId as string, showcase: false });
        const { created } = await this.invitations.inviteToTenant(m, row.id, { email: ownerEmail, displayName: ownerName, role: 'owner', invitedBy: ctx.userId });
        return { tenant: await this.one(m, row.id), invitation: created };
      }),
    );
  }

  update(id: string, body: UpdateTenantDto): Promise<Tenant> {
    return mapUniqueViolation(
      this.tx.run(async (m) => {
        await this.one(m, id);
        await m.getRepository(TenantRow).update({ id }, { ...body, updatedAt: new Date() });
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
  list(@Query() query: PageQuery): Promise<Page<Tenant>> {
    return this.tenants.list(query.limit ?? PAGE_LIMIT_DEFAULT, decodeCursor(query.cursor));
  }

  /** Creates the enterprise with its classification and invites its owner (the link is returned once). */
  @Post()
  @ParkAdmin()
  create(@Body() body: CreateTenantDto): Promise<CreateTenantResponse> {
    return this.tenants.create(body);
  }

  @Get(':id')
  @ParkAdmin()
  get(@Param() { id }: IdParam): Promise<Tenant> {
    return this.tenants.get(id);
  }

  @Patch(':id')
  @ParkAdmin()
  update(@Param() { id }: IdParam, @Body() body: UpdateTenantDto): Promise<Tenant> {
    return this.tenants.update(id, body);
  }
}
