import { Body, Controller, Get, Injectable, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { decodeCursor, encodeCursor, isUniqueViolation, PageQuery, PlatformOperator, ProblemException, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { CreateParkResponse, Page, PAGE_LIMIT_DEFAULT, Park } from '@xinzhi/shared-contracts';
import { CreateParkDto } from '../dto';
import { ParkRow } from '../entities';
import { Invitations } from '../invitations/invitations';

interface ParkSql { id: string; name: string; region: string; created_at: Date; tenant_count: number; admin_emails: string[] }

const PARKS = `
  SELECT p.id, p.name, p.region, p.created_at,
    (SELECT count(*)::int FROM tenants t WHERE t.park_id = p.id) AS tenant_count,
    array(SELECT u.email FROM park_memberships pm JOIN users u ON u.id = pm.user_id WHERE pm.park_id = p.id
          UNION SELECT i.email FROM park_invitations i WHERE i.park_id = p.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL
          ORDER BY 1) AS admin_emails
  FROM parks p`;

const toPark = (r: ParkSql): Park => ({ id: r.id, name: r.name, region: r.region, tenantCount: r.tenant_count, adminEmails: r.admin_emails, createdAt: r.created_at.toISOString() });

/** Platform operators create parks and invite each park's first administrator. */
@Injectable()
export class PlatformParksService {
  constructor(private readonly tx: TransactionRunner, private readonly invitations: Invitations) {}

  list(limit: number, cursor: string | null): Promise<Page<Park>> {
    return this.tx.run(async (m) => {
      const rows: ParkSql[] = await m.query(`${PARKS} WHERE ($1::uuid IS NULL OR p.id > $1::uuid) ORDER BY p.id LIMIT $2`, [cursor, limit + 1]);
      const items = rows.slice(0, limit).map(toPark);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  async create(body: CreateParkDto): Promise<CreateParkResponse> {
    try {
      return await this.tx.run(async (m) => {
        const park = await m.getRepository(ParkRow).save({ name: body.name, region: body.region });
        const invitation = await this.invitations.inviteToPark(m, park.id, { email: body.adminEmail, displayName: body.adminName, invitedBy: RequestContext.current().userId });
        const [row]: ParkSql[] = await m.query(`${PARKS} WHERE p.id = $1`, [park.id]);
        return { park: toPark(row), invitation };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'A park with this name already exists.');
      throw error;
    }
  }
}

@ApiTags('platform')
@Controller('platform/parks')
export class PlatformParksController {
  constructor(private readonly parks: PlatformParksService) {}

  @Get()
  @PlatformOperator()
  list(@Query() query: PageQuery): Promise<Page<Park>> {
    return this.parks.list(query.limit ?? PAGE_LIMIT_DEFAULT, decodeCursor(query.cursor));
  }

  @Post()
  @PlatformOperator()
  create(@Body() body: CreateParkDto): Promise<CreateParkResponse> {
    return this.parks.create(body);
  }
}
