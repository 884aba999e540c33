import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import {
  BUSINESS_AREAS, BusinessArea, CommentRequest, CreateTaskRequest, TASK_SORTS, TASK_STATUSES, TaskSort, TaskStatus, TECHNOLOGY_TYPES, TechnologyType,
  UpdateTaskRequest,
} from '@xinzhi/shared-contracts';
import { IsCalendarDate, PageQuery } from '@xinzhi/server-core';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const list = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);

export class CreateTaskDto implements CreateTaskRequest {
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 200) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) description?: string;
  @ApiProperty({ enum: BUSINESS_AREAS }) @IsIn(BUSINESS_AREAS, { message: `businessArea must be one of ${BUSINESS_AREAS.join(', ')}` }) businessArea!: BusinessArea;
  @ApiProperty({ enum: TECHNOLOGY_TYPES }) @IsIn(TECHNOLOGY_TYPES, { message: `technologyType must be one of ${TECHNOLOGY_TYPES.join(', ')}` }) technologyType!: TechnologyType;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') teamId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') assigneeId?: string | null;
  @ApiPropertyOptional({ minimum: 1, default: 1 }) @IsOptional() @IsInt() @Min(1) @Max(1000) weight?: number;
  @ApiPropertyOptional({ nullable: true, example: '2026-04-01' }) @IsOptional() @IsCalendarDate() startDate?: string | null;
  @ApiPropertyOptional({ nullable: true, example: '2026-06-30' }) @IsOptional() @IsCalendarDate() dueDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') dependsOnId?: string | null;
  @ApiPropertyOptional({ enum: TASK_STATUSES }) @IsOptional() @IsIn(TASK_STATUSES) status?: TaskStatus;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100) percentDone?: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) blockedReason?: string | null;
}

export class UpdateTaskDto implements UpdateTaskRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) description?: string;
  @ApiPropertyOptional({ enum: BUSINESS_AREAS }) @IsOptional() @IsIn(BUSINESS_AREAS, { message: `businessArea must be one of ${BUSINESS_AREAS.join(', ')}` }) businessArea?: BusinessArea;
  @ApiPropertyOptional({ enum: TECHNOLOGY_TYPES }) @IsOptional() @IsIn(TECHNOLOGY_TYPES, { message: `technologyType must be one of ${TECHNOLOGY_TYPES.join(', ')}` }) technologyType?: TechnologyType;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') teamId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') assigneeId?: string | null;
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @IsInt() @Min(1) @Max(1000) weight?: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() startDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() dueDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') dependsOnId?: string | null;
  @ApiPropertyOptional({ enum: TASK_STATUSES }) @IsOptional() @IsIn(TASK_STATUSES) status?: TaskStatus;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100) percentDone?: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) blockedReason?: string | null;
}

export class TaskQueryDto extends PageQuery {
  @ApiPropertyOptional({ default: 100, maximum: 500 })
  @IsOptional() @Transform(({ value }) => (value === undefined ? undefined : Number(value))) @IsInt() @Min(1) @Max(500)
  declare limit?: number;

  @ApiPropertyOptional({ description: 'comma-separated statuses' }) @IsOptional() @Transform(list) @IsIn(TASK_STATUSES, { each: true }) status?: TaskStatus[];
  @ApiPropertyOptional() @IsOptional() @IsUUID('all') teamId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all') assigneeId?: string;
  @ApiPropertyOptional({ enum: BUSINESS_AREAS }) @IsOptional() @IsIn(BUSINESS_AREAS) businessArea?: BusinessArea;
  @ApiPropertyOptional({ enum: TECHNOLOGY_TYPES }) @IsOptional() @IsIn(TECHNOLOGY_TYPES) technologyType?: TechnologyType;
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() overdue?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: TASK_SORTS }) @IsOptional() @IsIn(TASK_SORTS) sort?: TaskSort;
}

export class CommentDto implements CommentRequest {
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 4000) body!: string;
}
