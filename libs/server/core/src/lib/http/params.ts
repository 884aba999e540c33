import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from '@xinzhi/shared-contracts';

const NIL = '00000000-0000-0000-0000-000000000000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `:id` route parameter. A malformed id cannot name anything, so it is answered like an unknown
 * one (404, never a hint that the shape was wrong): it is mapped to the nil UUID, which no row has.
 */
export class IdParam {
  @ApiProperty({ format: 'uuid' })
  @Transform(({ value }) => (typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : NIL))
  @IsUUID('all')
  id!: string;
}

/** `?limit=&cursor=` of every list; limit is capped at PAGE_LIMIT_MAX. */
export class PageQuery {
  @ApiPropertyOptional({ default: PAGE_LIMIT_DEFAULT, maximum: PAGE_LIMIT_MAX })
  @IsOptional() @Transform(({ value }) => (value === undefined ? undefined : Number(value))) @IsInt() @Min(1) @Max(PAGE_LIMIT_MAX)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}
