import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import {
  AWARD_ACTIONS, AWARD_STATUSES, AwardAction, AwardStatus, BUSINESS_AREAS, CreateIncentiveScheme, CreateTrainingRecord, DecideAward, INCENTIVE_KINDS,
  INCENTIVE_TRIGGERS, IncentiveKind, IncentiveTrigger, SKILL_TAGS, SkillTag, TECHNOLOGY_TYPES, UpdateIncentiveScheme, UpdateTrainingRecord,
} from '@xinzhi/shared-contracts';
import { IsCalendarDate, PageQuery } from '@xinzhi/server-core';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const MONEY = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 };

export class CreateSchemeDto implements CreateIncentiveScheme {
  @ApiPropertyOptional({ nullable: true, description: 'null = every project of the enterprise' }) @IsOptional() @IsUUID('all') projectId?: string | null;
  @ApiProperty({ example: '数字化任务奖金 Digital task bonus' }) @Transform(trim) @IsString() @Length(1, 200) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @ApiProperty({ enum: INCENTIVE_KINDS }) @IsIn(INCENTIVE_KINDS, { message: `kind must be one of ${INCENTIVE_KINDS.join(', ')}` }) kind!: IncentiveKind;
  @ApiProperty({ enum: INCENTIVE_TRIGGERS }) @IsIn(INCENTIVE_TRIGGERS, { message: `trigger must be one of ${INCENTIVE_TRIGGERS.join(', ')}` }) trigger!: IncentiveTrigger;
  @ApiProperty({ example: 200, description: 'yuan for bonus/equity/performance, points otherwise' })
  @IsNumber(MONEY, { message: 'amount must be a number with at most 2 decimals' }) @Min(0.01) @Max(10_000_000) amount!: number;
  @ApiPropertyOptional({ description: 'task_done only: amount × task weight' }) @IsOptional() @IsBoolean() scaleByWeight?: boolean;
  @ApiPropertyOptional({ enum: BUSINESS_AREAS, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(BUSINESS_AREAS.length) @IsIn(BUSINESS_AREAS, { each: true }) businessAreas?: string[];
  @ApiPropertyOptional({ enum: TECHNOLOGY_TYPES, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(TECHNOLOGY_TYPES.length) @IsIn(TECHNOLOGY_TYPES, { each: true }) technologyTypes?: string[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsNumber(MONEY, { message: 'budgetCap must be a number with at most 2 decimals' }) @Min(0.01) @Max(1e12) budgetCap?: number | null;
  @ApiPropertyOptional({ nullable: true, example: '2026-01-01' }) @IsOptional() @IsCalendarDate() activeFrom?: string | null;
  @ApiPropertyOptional({ nullable: true, example: '2026-12-31' }) @IsOptional() @IsCalendarDate() activeUntil?: string | null;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateSchemeDto implements UpdateIncentiveScheme {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') projectId?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @ApiPropertyOptional({ enum: INCENTIVE_KINDS }) @IsOptional() @IsIn(INCENTIVE_KINDS, { message: `kind must be one of ${INCENTIVE_KINDS.join(', ')}` }) kind?: IncentiveKind;
  @ApiPropertyOptional({ enum: INCENTIVE_TRIGGERS }) @IsOptional() @IsIn(INCENTIVE_TRIGGERS, { message: `trigger must be one of ${INCENTIVE_TRIGGERS.join(', ')}` }) trigger?: IncentiveTrigger;
  @ApiPropertyOptional() @IsOptional() @IsNumber(MONEY, { message: 'amount must be a number with at most 2 decimals' }) @Min(0.01) @Max(10_000_000) amount?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() scaleByWeight?: boolean;
  @ApiPropertyOptional({ enum: BUSINESS_AREAS, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(BUSINESS_AREAS.length) @IsIn(BUSINESS_AREAS, { each: true }) businessAreas?: string[];
  @ApiPropertyOptional({ enum: TECHNOLOGY_TYPES, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(TECHNOLOGY_TYPES.length) @IsIn(TECHNOLOGY_TYPES, { each: true }) technologyTypes?: string[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsNumber(MONEY, { message: 'budgetCap must be a number with at most 2 decimals' }) @Min(0.01) @Max(1e12) budgetCap?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() activeFrom?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() activeUntil?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class SchemeQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'the schemes that apply to this project: its own and the tenant-wide ones' }) @IsOptional() @IsUUID('all') projectId?: string;
  @ApiPropertyOptional({ enum: INCENTIVE_TRIGGERS }) @IsOptional() @IsIn(INCENTIVE_TRIGGERS) trigger?: IncentiveTrigger;
  @ApiPropertyOptional() @IsOptional() @Transform(bool) @IsBoolean() active?: boolean;
}

export class DecideAwardDto implements DecideAward {
  @ApiProperty({ enum: AWARD_ACTIONS }) @IsIn(AWARD_ACTIONS, { message: `action must be one of ${AWARD_ACTIONS.join(', ')}` }) action!: AwardAction;
  @ApiPropertyOptional({ description: 'required to reject' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) reason?: string;
}

export class AwardQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: AWARD_STATUSES }) @IsOptional() @IsIn(AWARD_STATUSES) status?: AwardStatus;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all') schemeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all') recipientId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all') projectId?: string;
}

export class CreateTrainingDto implements CreateTrainingRecord {
  @ApiPropertyOptional({ description: 'owners and leaders only; default the caller' }) @IsOptional() @IsUUID('all') userId?: string;
  @ApiProperty({ example: '工业互联网平台应用 Industrial internet platforms' }) @Transform(trim) @IsString() @Length(1, 200) course!: string;
  @ApiProperty({ example: '苏州工业职业技术学院' }) @Transform(trim) @IsString() @Length(1, 200) provider!: string;
  @ApiProperty({ example: 16, minimum: 0.5, maximum: 1000 }) @IsNumber(MONEY, { message: 'hours must be a number' }) @Min(0.5) @Max(1000) hours!: number;
  @ApiProperty({ example: '2026-05-20' }) @IsString({ message: 'completedOn must be a date written YYYY-MM-DD' }) @IsCalendarDate() completedOn!: string;
  @ApiProperty({ enum: SKILL_TAGS, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(SKILL_TAGS.length) @IsIn(SKILL_TAGS, { each: true }) skills!: SkillTag[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

export class UpdateTrainingDto implements UpdateTrainingRecord {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 200) course?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 200) provider?: string;
  @ApiPropertyOptional() @IsOptional() @IsNumber(MONEY, { message: 'hours must be a number' }) @Min(0.5) @Max(1000) hours?: number;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() completedOn?: string;
  @ApiPropertyOptional({ enum: SKILL_TAGS, isArray: true }) @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(SKILL_TAGS.length) @IsIn(SKILL_TAGS, { each: true }) skills?: SkillTag[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

export class TrainingQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'owners and leaders only (others see their own records)' }) @IsOptional() @IsUUID('all') userId?: string;
  @ApiPropertyOptional({ enum: SKILL_TAGS }) @IsOptional() @IsIn(SKILL_TAGS) skill?: SkillTag;
}
