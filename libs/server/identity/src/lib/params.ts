import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';

const NOT_FOUND = '00000000-0000-0000-0000-000000000000';

/**
 * `:id` route parameter. A malformed id cannot name anything, so it is answered like an unknown
 * one (404, never a hint that the shape was wrong): it is mapped to the nil UUID, which no row has.
 */
export class IdParam {
  @ApiProperty({ format: 'uuid' })
  @Transform(({ value }) => (typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value.toLowerCase() : NOT_FOUND))
  @IsUUID('all')
  id!: string;
}
