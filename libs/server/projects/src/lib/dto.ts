import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  CreateProjectRequest, CreateTeamRequest, LEADERSHIP_ROLES, LeadershipRole, PROJECT_PHASES, PROJECT_STATUSES, ProjectPhase, ProjectStatus,
  PutLeadershipRequest, UpdateProjectRequest, UpdateTeamRequest,
} from '@xinzhi/shared-contracts';
import { IsCalendarDate } from '@xinzhi/server-core';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateProjectDto implements CreateProjectRequest {
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 200) name!: string;
  @ApiProperty() @IsString() @MaxLength(4000) goal!: string;
  @ApiPropertyOptional({ enum: PROJECT_PHASES }) @IsOptional() @IsIn(PROJECT_PHASES) phase?: ProjectPhase;
  @ApiProperty({ example: '2026-03-01' }) @IsCalendarDate() startDate!: string;
  @ApiProperty({ example: '2027-02-28' }) @IsCalendarDate() targetDate!: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 1, default: 0.5 }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1) taskWeight?: number;
}

export class UpdateProjectDto implements UpdateProjectRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) goal?: string;
  @ApiPropertyOptional({ enum: PROJECT_PHASES }) @IsOptional() @IsIn(PROJECT_PHASES) phase?: ProjectPhase;
  @ApiPropertyOptional({ enum: PROJECT_STATUSES }) @IsOptional() @IsIn(PROJECT_STATUSES) status?: ProjectStatus;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() startDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() targetDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1) taskWeight?: number;
}

export class LeadershipEntryDto {
  @ApiProperty() @IsUUID('all') userId!: string;
  @ApiProperty({ enum: LEADERSHIP_ROLES }) @IsIn(LEADERSHIP_ROLES) role!: LeadershipRole;
}

export class PutLeadershipDto implements PutLeadershipRequest {
  @ApiProperty({ type: [LeadershipEntryDto] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => LeadershipEntryDto) members!: LeadershipEntryDto[];
}

export class CreateTeamDto implements CreateTeamRequest {
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 100) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) mission?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') leadUserId?: string | null;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) memberUserIds?: string[];
}

export class UpdateTeamDto implements UpdateTeamRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) mission?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') leadUserId?: string | null;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) memberUserIds?: string[];
}
