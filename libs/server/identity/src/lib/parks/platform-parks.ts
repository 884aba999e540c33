import { Controller, Get, Injectable, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  decodeCursor,
  encodeCursor,
  isUniqueViolation,
  PlatformOperator,
  ProblemException,
  RequestContext,
  Responds,
  ValidBody,
  ValidQuery,
} from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import {
  CreateParkRequest,
  CreateParkRequestSchema,
  CreateParkResponse,
  CreateParkResponseSchema,
  Page,
  PAGE_LIMIT_DEFAULT,
  PageQueryParams,
  PageQuerySchema,
  Park,
  ParkPageSchema,
} from '@xinzhi/shared-contracts';
import { Invitations } from '../invitations/invitations';
import { findPark, insertPark, listParks } from './parks.data';

/** Platform operators create parks and invite each park's first administrator. */
@Injectable()
export class PlatformParksService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly invitations: Invitations,
  ) {}

  list(limit: number, cursor: string | null): Promise<Page<Park>> {
    return this.tx.run(async (m) => {
      const rows = await listParks(m, cursor, limit + 1);
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  async create(body: CreateParkRequest): Promise<CreateParkResponse> {
    try {
      return await this.tx.run(async (m) => {
        const id = await insertPark(m, { name: body.name, region: body.region });
        const invitation = await this.invitations.inviteToPark(m, id, {
          email: body.adminEmail,
          displayName: body.adminName,
          invitedBy: RequestContext.current().userId,
        });
        return { park: (await findPark(m, id)) as Park, invitation };
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
  @Responds(ParkPageSchema)
  list(@ValidQuery(PageQuerySchema) query: PageQueryParams): Promise<Page<Park>> {
    return this.parks.list(query.limit ?? PAGE_LIMIT_DEFAULT, decodeCursor(query.cursor));
  }

  @Post()
  @PlatformOperator()
  @Responds(CreateParkResponseSchema, 201)
  create(@ValidBody(CreateParkRequestSchema) body: CreateParkRequest): Promise<CreateParkResponse> {
    return this.parks.create(body);
  }
}
